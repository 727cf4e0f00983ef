//! The reading settings: a button and the panel it discloses (text size, font, line spacing, line
//! width, justification, theme). Changes apply as they are made; nothing traps focus, Escape
//! closes and returns to the button.
use leptos::html::Button;
use leptos::prelude::*;

use crate::core::settings::{Font, LineWidth, Settings, Theme, LINE_HEIGHTS, TEXT_SIZES};
use crate::shell::commands::{use_commands, Panel};
use crate::shell::components::disclosure::return_focus_on_close;
use crate::shell::reading_settings::use_reading_settings;

/// The "Reading settings" button and, when open, its panel.
#[component]
pub fn SettingsPanel() -> impl IntoView {
    let commands = use_commands();
    let settings = use_reading_settings();
    let open = move || commands.is_open(Panel::Settings);
    let button = NodeRef::<Button>::new();
    return_focus_on_close(Panel::Settings, button);
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

    view! {
        <div class="tool settings">
            <button type="button" class="tool-button" node_ref=button aria-expanded=move || open().to_string()
                aria-controls="reading-settings" on:click=move |_| commands.toggle(Panel::Settings)>
                <span aria-hidden="true" class="tool-icon">"Aa"</span>
                <span class="tool-label">"Reading settings"</span>
            </button>
            <Show when=open>
                <section id="reading-settings" class="panel settings-panel" aria-label="Reading settings">
                    <div class="setting">
                        <span class="setting-name" id="text-size-name">"Text size"</span>
                        <div class="stepper" role="group" aria-labelledby="text-size-name">
                            <button type="button" class="step" aria-label="Smaller text" disabled=smallest
                                on:click=move |_| settings.update(Settings::smaller)>"A−"</button>
                            <output class="step-value" aria-live="polite">{percent}</output>
                            <button type="button" class="step" aria-label="Larger text" disabled=largest
                                on:click=move |_| settings.update(Settings::bigger)>"A+"</button>
                        </div>
                    </div>
                    <div class="setting">
                        <span class="setting-name" id="spacing-name">"Line spacing"</span>
                        <div class="stepper" role="group" aria-labelledby="spacing-name">
                            <button type="button" class="step" aria-label="Tighter lines" disabled=tightest
                                on:click=move |_| settings.update(Settings::tighter)>"−"</button>
                            <output class="step-value" aria-live="polite">{spacing}</output>
                            <button type="button" class="step" aria-label="Looser lines" disabled=loosest
                                on:click=move |_| settings.update(Settings::looser)>"+"</button>
                        </div>
                    </div>
                    <Choice legend="Font" name="font" options=Font::ALL.map(|font| (font, font.label())).to_vec()
                        current=Signal::derive(move || current().font)
                        choose=move |font| settings.update(|settings| Settings { font, ..settings })/>
                    <Choice legend="Line width" name="width" options=LineWidth::ALL.map(|width| (width, width.label())).to_vec()
                        current=Signal::derive(move || current().line_width)
                        choose=move |line_width| settings.update(|settings| Settings { line_width, ..settings })/>
                    <Choice legend="Theme" name="theme" options=Theme::ALL.map(|theme| (theme, theme.label())).to_vec()
                        current=Signal::derive(move || current().theme)
                        choose=move |theme| settings.update(|settings| Settings { theme, ..settings })/>
                    <label class="setting check">
                        <input type="checkbox" prop:checked=move || current().justify
                            on:change=move |_| settings.update(|settings| Settings { justify: !settings.justify, ..settings })/>
                        " Justify text (with hyphenation)"
                    </label>
                    <button type="button" class="link-button" on:click=move |_| settings.update(|_| Settings::default())>
                        "Back to the defaults"
                    </button>
                </section>
            </Show>
        </div>
    }
}

/// A set of radio buttons for one setting.
#[component]
fn Choice<T>(
    legend: &'static str,
    /// The radio group's name (unique within the panel).
    name: &'static str,
    options: Vec<(T, &'static str)>,
    current: Signal<T>,
    choose: impl Fn(T) + Copy + Send + Sync + 'static,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let radios = options
        .into_iter()
        .map(|(value, label)| {
            view! {
                <label class="radio">
                    <input type="radio" name=name prop:checked=move || current.get() == value on:change=move |_| choose(value)/>
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
