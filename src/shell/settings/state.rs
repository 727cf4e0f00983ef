//! The reader's settings (`core::settings`) as shared state: read from storage once, written
//! through on each change, followed from other tabs, and applied at once to the page (`<html>`)
//! or, for a guest on another site, to its own box. Storage failing keeps them for the visit.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::i18n::Lang;
use crate::core::settings::{Font, Settings, Theme, STORAGE_KEY};
use crate::shell::navigation::router::AppBase;
use crate::shell::settings::language::provide_language;
use crate::shell::stored::{use_store, Keeper, Schema, Stored, Unreadable};

/// The settings of this browser, for every view under the same owner.
#[derive(Clone, Copy)]
pub struct ReadingSettings {
    settings: Stored<Settings>,
}

impl Schema for Settings {
    const KEY: &'static str = STORAGE_KEY;

    /// Settings read leniently: an unknown or missing field keeps its default.
    fn decode(stored: &str) -> Result<Self, Unreadable> {
        Ok(Settings::decode(stored))
    }

    fn encode(&self) -> String {
        Settings::encode(self)
    }
}

/// Where settings show: the whole page, or a guest's box (a widget or the iframe's reader).
pub enum Target {
    Page,
    Guest(NodeRef<leptos::html::Div>),
}

/// Provides the settings, and the words in the language they choose, to the views below, and
/// applies them to `target` whenever they change. `asked` lists the languages the place asks for,
/// most wanted first; the reader's choice in the settings overrides them.
pub fn provide_reading_settings(keeper: Keeper, target: Target, asked: Signal<Vec<String>>) -> ReadingSettings {
    let reading = ReadingSettings { settings: Stored::load(keeper, Settings::default) };
    let lang = Memo::new(move |_| reading.get().language.unwrap_or_else(|| asked.with(|asked| Lang::negotiate(asked))));
    let words = provide_language(lang);
    let fonts_at = use_context::<AppBase>().map_or_else(String::new, |AppBase(base)| base);
    Effect::new(move |_| {
        let settings = reading.get();
        let element = match &target {
            Target::Page => document().document_element().and_then(|root| root.dyn_into::<web_sys::HtmlElement>().ok()),
            Target::Guest(node) => node.get().map(|div| (*div).clone()),
        };
        let Some(element) = element else {
            return;
        };
        apply(&element, &settings, matches!(target, Target::Guest(_)));
        // The root names the language shown, and its direction, for screen readers, hyphenation
        // and the stylesheet's logical properties.
        let shown = words.lang();
        let _ = element.set_attribute("lang", shown.tag());
        let _ = element.set_attribute("dir", shown.dir());
        load_font(settings.font, &fonts_at);
    });
    provide_context(reading);
    reading
}

/// The settings of the enclosing app (defaults, unapplied, outside any).
pub fn use_reading_settings() -> ReadingSettings {
    use_store(|| ReadingSettings { settings: Stored::detached(Settings::default()) })
}

impl ReadingSettings {
    /// The settings, reactively.
    pub fn get(&self) -> Settings {
        self.settings.value().get()
    }

    /// Changes the settings; they apply at once and are stored (kept for the visit if storage fails).
    pub fn update(&self, change: impl FnOnce(Settings) -> Settings) {
        let next = change(self.settings.value().get_untracked());
        self.settings.set(next);
    }
}

fn apply(element: &web_sys::HtmlElement, settings: &Settings, guest: bool) {
    let style = element.style();
    for (name, value) in settings.css_variables() {
        let _ = style.set_property(name, &value);
    }
    // A guest on "auto" follows its host's `theme` attribute (set on the box around it).
    match (guest, settings.theme) {
        (true, Theme::Auto) => {
            let _ = element.remove_attribute("data-theme");
        }
        _ => {
            let _ = element.set_attribute("data-theme", settings.data_theme());
        }
    }
}

/// The stylesheet with a font's faces, added to the document once it is chosen (never before):
/// `@font-face` only works in the document, also for a widget in a shadow root.
fn load_font(font: Font, base: &str) {
    let name = match font {
        Font::Atkinson => "atkinson-hyperlegible",
        Font::OpenDyslexic => "opendyslexic",
        Font::Serif | Font::Sans => return,
    };
    let id = format!("lectern-font-{name}");
    if document().get_element_by_id(&id).is_some() {
        return;
    }
    let (Ok(link), Some(head)) = (document().create_element("link"), document().head()) else {
        return;
    };
    let _ = link.set_attribute("id", &id);
    let _ = link.set_attribute("rel", "stylesheet");
    let _ = link.set_attribute("href", &format!("{base}fonts/{name}.css"));
    let _ = head.append_child(&link);
}
