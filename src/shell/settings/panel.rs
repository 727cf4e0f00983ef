//! The reading settings: a button and the panel it discloses (text size, font, line spacing, line
//! width, justification, theme, language). Changes apply as they are made; nothing traps focus, Escape
//! closes and returns to the button.
use leptos::html::Button;
use leptos::prelude::*;

use crate::core::i18n::{format as words_format, Lang, Msg};
use crate::core::settings::{Font, LineWidth, Settings, Theme, LINE_HEIGHTS, TEXT_SIZES};
use crate::shell::navigation::commands::{use_commands, Panel};
use crate::shell::navigation::disclosure::{focus_first_unless_on, return_focus_on_close};
use crate::shell::platform::lazy::{chunk, later};
use crate::shell::settings::state::{use_reading_settings, ReadingSettings};
use crate::shell::words::use_words;

/// The "Reading settings" button and, when open, its panel.
#[component]
pub fn SettingsPanel() -> impl IntoView {
    let commands = use_commands();
    let settings = use_reading_settings();
    let open = move || commands.is_open(Panel::Settings);
    let button = NodeRef::<Button>::new();
    return_focus_on_close(Panel::Settings, button);
    let words = use_words();
    view! {
        <div class="tool settings">
            <button type="button" class="tool-button" node_ref=button aria-expanded=move || open().to_string()
                aria-controls="reading-settings" on:click=move |_| commands.toggle(Panel::Settings)>
                // "Aa" is letters a reader sees (alone on a narrow bar), so it is part of the name:
                // "Aa Reading settings" (WCAG 2.5.3, label in name).
                <span class="tool-icon">"Aa"</span> " "
                <span class="tool-label">{words.of(Msg::ReadingSettings)}</span>
            </button>
            // Only from a button on screen: while an article's reading bar holds the settings, the
            // masthead's (or a widget's own) is out of sight, and one panel is enough.
            <Show when=move || open() && button.get().is_some_and(|button| button.offset_width() > 0)>
                {move || later(panel(settings, button))}
            </Show>
        </div>
    }
}

chunk! {
    /// The panel itself, in its own chunk: most readers never open it.
    settings_panel: fn panel(settings: ReadingSettings, button: NodeRef<Button>) -> AnyView {
        // Opened from the keyboard (`s`), focus goes to the panel's first control.
        let panel = NodeRef::<leptos::html::Section>::new();
        Effect::new(move |_| {
            if let Some(panel) = panel.get() {
                focus_first_unless_on(&panel, button);
            }
        });
        let current = move || settings.get();
        let percent = move || format!("{}%", current().text_percent());
        let spacing = move || {
            let hundredths = current().line_height_hundredths();
            format!("{}.{:02}", hundredths / 100, hundredths % 100)
        };
        let smallest = move || current().text_size == 0;
        let largest = move || usize::from(current().text_size) + 1 >= TEXT_SIZES.len();
        let tightest = move || current().line_height == 0;
        let loosest = move || usize::from(current().line_height) + 1 >= LINE_HEIGHTS.len();

        // Every control goes through two plain (non-generic) components taking callbacks: each
        // distinct closure type in a view costs Wasm bytes, and this panel would otherwise be ~10 KB.
        let choose_font = Callback::new(move |name: &'static str| {
            if let Some(font) = Font::parse(name) {
                settings.update(|settings| Settings { font, ..settings });
            }
        });
        let choose_width = Callback::new(move |name: &'static str| {
            if let Some(line_width) = LineWidth::parse(name) {
                settings.update(|settings| Settings { line_width, ..settings });
            }
        });
        let choose_theme = Callback::new(move |name: &'static str| {
            if let Some(theme) = Theme::parse(name) {
                settings.update(|settings| Settings { theme, ..settings });
            }
        });
        // "auto" follows the browser (or a widget's host); a language applies at once.
        let choose_language = Callback::new(move |name: &'static str| {
            settings.update(|settings| Settings { language: Lang::from_tag(name), ..settings });
        });
        let words = use_words();
        let font_name = Callback::new(move |name: &'static str| Font::parse(name).map_or(name, |font| words_format::font(words.lang(), font)));
        let width_name = Callback::new(move |name: &'static str| LineWidth::parse(name).map_or(name, |width| words.text(words_format::line_width(width))));
        let theme_name = Callback::new(move |name: &'static str| Theme::parse(name).map_or(name, |theme| words.text(words_format::theme(theme))));
        // Each language by its own name, so a reader finds theirs whatever is shown now.
        let language_name = Callback::new(move |name: &'static str| Lang::from_tag(name).map_or_else(|| words.text(Msg::LanguageAutomatic), Lang::name));
        let mut languages = vec!["auto"];
        languages.extend(Lang::ALL.map(Lang::tag));
        Ok(view! {
            <section id="reading-settings" class="panel settings-panel" aria-label=words.of(Msg::ReadingSettings) node_ref=panel>
                <Stepper name=Msg::TextSize less=Msg::SmallerText less_text="A−" more=Msg::LargerText more_text="A+"
                    value=Signal::derive(percent) at_least=Signal::derive(smallest) at_most=Signal::derive(largest)
                    step=Callback::new(move |up: bool| settings.update(if up { Settings::bigger } else { Settings::smaller }))/>
                <Stepper name=Msg::LineSpacing less=Msg::TighterLines less_text="−" more=Msg::LooserLines more_text="+"
                    value=Signal::derive(spacing) at_least=Signal::derive(tightest) at_most=Signal::derive(loosest)
                    step=Callback::new(move |up: bool| settings.update(if up { Settings::looser } else { Settings::tighter }))/>
                <Choice legend=Msg::Font name="font" options=Font::ALL.map(Font::as_str).to_vec() label=font_name
                    current=Signal::derive(move || current().font.as_str()) choose=choose_font/>
                <Choice legend=Msg::LineWidth name="width" options=LineWidth::ALL.map(LineWidth::as_str).to_vec() label=width_name
                    current=Signal::derive(move || current().line_width.as_str()) choose=choose_width/>
                <Choice legend=Msg::Theme name="theme" options=Theme::ALL.map(Theme::as_str).to_vec() label=theme_name
                    current=Signal::derive(move || current().theme.as_str()) choose=choose_theme/>
                <Choice legend=Msg::Language name="language" options=languages label=language_name
                    current=Signal::derive(move || current().language.map_or("auto", Lang::tag)) choose=choose_language/>
                <label class="setting check">
                    <input type="checkbox" prop:checked=move || current().justify
                        on:change=move |_| settings.update(|settings| Settings { justify: !settings.justify, ..settings })/>
                    " " {words.of(Msg::JustifyText)}
                </label>
                <button type="button" class="link-button" on:click=move |_| settings.update(|_| Settings::default())>
                    {words.of(Msg::BackToDefaults)}
                </button>
            </section>
        }
        .into_any())
    }
}

/// A value with a button either side (smaller/larger), each disabled at its end.
#[component]
fn Stepper(
    name: Msg,
    less: Msg,
    less_text: &'static str,
    more: Msg,
    more_text: &'static str,
    value: Signal<String>,
    at_least: Signal<bool>,
    at_most: Signal<bool>,
    /// Called with `true` for more, `false` for less.
    step: Callback<bool>,
) -> impl IntoView {
    let words = use_words();
    view! {
        <div class="setting">
            <span class="setting-name">{words.of(name)}</span>
            <div class="stepper" role="group" aria-label=words.of(name)>
                // The name starts with what the button shows ("A− Smaller text"), so a voice-control
                // user can say what they see (WCAG 2.5.3, label in name).
                <button type="button" class="step" disabled=at_least on:click=move |_| step.run(false)>
                    {less_text}<span class="visually-hidden">" " {words.of(less)}</span>
                </button>
                <output class="step-value" aria-live="polite">{value}</output>
                <button type="button" class="step" disabled=at_most on:click=move |_| step.run(true)>
                    {more_text}<span class="visually-hidden">" " {words.of(more)}</span>
                </button>
            </div>
        </div>
    }
}

/// A set of radio buttons for one setting, by the values' names.
#[component]
fn Choice(
    legend: Msg,
    /// The radio group's name (unique within the panel).
    name: &'static str,
    /// The values' stored names.
    options: Vec<&'static str>,
    /// A value's name for the reader, in the language shown.
    label: Callback<&'static str, &'static str>,
    current: Signal<&'static str>,
    choose: Callback<&'static str>,
) -> impl IntoView {
    let radios = options
        .into_iter()
        .map(|value| {
            // A language's own name is in that language, for screen readers' pronunciation.
            let own = (name == "language").then(|| Lang::from_tag(value).map(Lang::tag)).flatten();
            view! {
                <label class="radio" lang=own>
                    <input type="radio" name=name prop:checked=move || current.get() == value on:change=move |_| choose.run(value)/>
                    " " {move || label.run(value)}
                </label>
            }
        })
        .collect::<Vec<_>>();
    view! {
        <fieldset class="setting choice">
            <legend class="setting-name">{use_words().of(legend)}</legend>
            <div class="radios">{radios}</div>
        </fieldset>
    }
}
