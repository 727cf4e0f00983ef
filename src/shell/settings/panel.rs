//! The reading settings: a button and the panel it discloses (text size, font, line spacing, line
//! width, justification, theme). Changes apply as they are made; nothing traps focus, Escape
//! closes and returns to the button.
use leptos::html::Button;
use leptos::prelude::*;

use crate::core::settings::{Font, LineWidth, Settings, Theme, LINE_HEIGHTS, TEXT_SIZES};
use crate::shell::navigation::commands::{use_commands, Panel};
use crate::shell::navigation::disclosure::{focus_first_unless_on, return_focus_on_close};
use crate::shell::platform::lazy::{chunk, later};
use crate::shell::settings::state::{use_reading_settings, ReadingSettings};

/// The "Reading settings" button and, when open, its panel.
#[component]
pub fn SettingsPanel() -> impl IntoView {
    let commands = use_commands();
    let settings = use_reading_settings();
    let open = move || commands.is_open(Panel::Settings);
    let button = NodeRef::<Button>::new();
    return_focus_on_close(Panel::Settings, button);
    view! {
        <div class="tool settings">
            <button type="button" class="tool-button" node_ref=button aria-expanded=move || open().to_string()
                aria-controls="reading-settings" on:click=move |_| commands.toggle(Panel::Settings)>
                <span aria-hidden="true" class="tool-icon">"Aa"</span>
                <span class="tool-label">"Reading settings"</span>
            </button>
            <Show when=open>
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
        Ok(view! {
            <section id="reading-settings" class="panel settings-panel" aria-label="Reading settings" node_ref=panel>
                <Stepper name="Text size" less="Smaller text" less_text="A−" more="Larger text" more_text="A+"
                    value=Signal::derive(percent) at_least=Signal::derive(smallest) at_most=Signal::derive(largest)
                    step=Callback::new(move |up: bool| settings.update(if up { Settings::bigger } else { Settings::smaller }))/>
                <Stepper name="Line spacing" less="Tighter lines" less_text="−" more="Looser lines" more_text="+"
                    value=Signal::derive(spacing) at_least=Signal::derive(tightest) at_most=Signal::derive(loosest)
                    step=Callback::new(move |up: bool| settings.update(if up { Settings::looser } else { Settings::tighter }))/>
                <Choice legend="Font" name="font" options=Font::ALL.map(|font| (font.as_str(), font.label())).to_vec()
                    current=Signal::derive(move || current().font.as_str()) choose=choose_font/>
                <Choice legend="Line width" name="width" options=LineWidth::ALL.map(|width| (width.as_str(), width.label())).to_vec()
                    current=Signal::derive(move || current().line_width.as_str()) choose=choose_width/>
                <Choice legend="Theme" name="theme" options=Theme::ALL.map(|theme| (theme.as_str(), theme.label())).to_vec()
                    current=Signal::derive(move || current().theme.as_str()) choose=choose_theme/>
                <label class="setting check">
                    <input type="checkbox" prop:checked=move || current().justify
                        on:change=move |_| settings.update(|settings| Settings { justify: !settings.justify, ..settings })/>
                    " Justify text (with hyphenation)"
                </label>
                <button type="button" class="link-button" on:click=move |_| settings.update(|_| Settings::default())>
                    "Back to the defaults"
                </button>
            </section>
        }
        .into_any())
    }
}

/// A value with a button either side (smaller/larger), each disabled at its end.
#[component]
fn Stepper(
    name: &'static str,
    less: &'static str,
    less_text: &'static str,
    more: &'static str,
    more_text: &'static str,
    value: Signal<String>,
    at_least: Signal<bool>,
    at_most: Signal<bool>,
    /// Called with `true` for more, `false` for less.
    step: Callback<bool>,
) -> impl IntoView {
    view! {
        <div class="setting">
            <span class="setting-name">{name}</span>
            <div class="stepper" role="group" aria-label=name>
                <button type="button" class="step" aria-label=less disabled=at_least on:click=move |_| step.run(false)>{less_text}</button>
                <output class="step-value" aria-live="polite">{value}</output>
                <button type="button" class="step" aria-label=more disabled=at_most on:click=move |_| step.run(true)>{more_text}</button>
            </div>
        </div>
    }
}

/// A set of radio buttons for one setting, by the values' names.
#[component]
fn Choice(
    legend: &'static str,
    /// The radio group's name (unique within the panel).
    name: &'static str,
    options: Vec<(&'static str, &'static str)>,
    current: Signal<&'static str>,
    choose: Callback<&'static str>,
) -> impl IntoView {
    let radios = options
        .into_iter()
        .map(|(value, label)| {
            view! {
                <label class="radio">
                    <input type="radio" name=name prop:checked=move || current.get() == value on:change=move |_| choose.run(value)/>
                    " " {label}
                </label>
            }
        })
        .collect::<Vec<_>>();
    view! {
        <fieldset class="setting choice">
            <legend class="setting-name">{legend}</legend>
            <div class="radios">{radios}</div>
        </fieldset>
    }
}
