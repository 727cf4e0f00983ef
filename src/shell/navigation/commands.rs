//! The reader's commands and panels: which panel is open (settings, contents, listening, shortcut
//! help; one at a time), and the commands that keyboard shortcuts (`core::shortcuts`) and buttons send.
//! Screens subscribe to the commands that are theirs (the article page: sections, articles,
//! listening), so the key handling knows nothing of articles.

use std::rc::Rc;

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::shortcuts::{self, Command};

/// A panel of the reader.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Panel {
    Settings,
    Contents,
    Listening,
    Help,
}

/// Whoever acts on commands, each under the number that removes it again.
type Subscribers = Vec<(u32, Rc<dyn Fn(Command)>)>;

/// The open panel and who listens for commands, shared by one reader.
#[derive(Clone, Copy)]
pub struct Commands {
    open: RwSignal<Option<Panel>>,
    /// Called at once, in order, for every command: a signal would coalesce two presses made
    /// before effects run, and lose a press made before a subscriber's first run.
    subscribers: StoredValue<(u32, Subscribers), LocalStorage>,
}

/// Provides the commands to the views below.
pub fn provide_commands() -> Commands {
    let commands = Commands { open: RwSignal::new(None), subscribers: StoredValue::new_local((0, Vec::new())) };
    provide_context(commands);
    commands
}

/// The commands of the enclosing reader.
pub fn use_commands() -> Commands {
    use_context::<Commands>().unwrap_or_else(provide_commands)
}

impl Commands {
    /// Whether `panel` is open, reactively.
    pub fn is_open(&self, panel: Panel) -> bool {
        self.open.get() == Some(panel)
    }

    /// Whether any panel is open, reactively.
    pub fn any_open(&self) -> bool {
        self.open.with(Option::is_some)
    }

    pub fn is_open_untracked(&self, panel: Panel) -> bool {
        self.open.get_untracked() == Some(panel)
    }

    /// Opens `panel` (closing any other).
    pub fn show(&self, panel: Panel) {
        self.open.set(Some(panel));
    }

    pub fn toggle(&self, panel: Panel) {
        self.open.update(|open| *open = if *open == Some(panel) { None } else { Some(panel) });
    }

    pub fn close(&self) {
        self.open.set(None);
    }

    /// Sends `command`: panels are handled here, the rest by whoever subscribed.
    pub fn send(&self, command: Command) {
        match command {
            Command::Settings => self.toggle(Panel::Settings),
            Command::Help => self.toggle(Panel::Help),
            Command::Close => self.close(),
            _ => {}
        }
        // A copy of the list: a subscriber may come or go while the command is handled.
        let subscribers: Vec<Rc<dyn Fn(Command)>> = self
            .subscribers
            .try_with_value(|(_, list)| list.iter().map(|(_, handler)| Rc::clone(handler)).collect())
            .unwrap_or_default();
        for handler in subscribers {
            handler(command);
        }
    }

    /// Calls `handler` for every command sent from now on, while the calling owner lives.
    pub fn subscribe(&self, handler: impl Fn(Command) + 'static) {
        let subscribers = self.subscribers;
        let id = subscribers
            .try_update_value(|(next, list)| {
                let id = *next;
                *next = next.wrapping_add(1);
                list.push((id, Rc::new(handler)));
                id
            })
            .unwrap_or_default();
        on_cleanup(move || {
            subscribers.try_update_value(|(_, list)| list.retain(|(known, _)| *known != id));
        });
    }
}

/// Turns key presses anywhere in the window into commands (the page app and the iframe), for as
/// long as the calling owner lives. A widget passes its box's key presses to `on_key` instead, so
/// the host page's own keys stay the host's.
pub fn listen_for_shortcuts(commands: Commands) {
    let handle = window_event_listener(ev::keydown, move |event| on_key(commands, &event));
    on_cleanup(move || handle.remove());
}

/// The command of one key press, if it is Lectern's to take; sent, and the press consumed.
pub fn on_key(commands: Commands, event: &web_sys::KeyboardEvent) {
    if event.default_prevented() || event.is_composing() {
        return;
    }
    // AltGr (Ctrl+Alt on Windows) types `[`, `]` and `?` on many layouts: it is not a modifier here.
    let alt_graph = event.get_modifier_state("AltGraph");
    let (ctrl, alt) = if alt_graph { (false, false) } else { (event.ctrl_key(), event.alt_key()) };
    let Some(command) = shortcuts::command(&event.key(), ctrl, event.meta_key(), alt, typing(event)) else {
        return;
    };
    // Escape with nothing open is the browser's (and the host page's).
    if command == Command::Close && commands.open.get_untracked().is_none() {
        return;
    }
    event.prevent_default();
    commands.send(command);
}

/// Whether the key press is going into a field, an editable element or a control that uses keys.
fn typing(event: &web_sys::KeyboardEvent) -> bool {
    // Inside a shadow root the event's target is the host; the first node of its path is the field.
    let target = event
        .composed_path()
        .get(0)
        .dyn_into::<web_sys::Element>()
        .ok()
        .or_else(|| event.target().and_then(|target| target.dyn_into::<web_sys::Element>().ok()));
    let Some(element) = target else {
        return false;
    };
    let name = element.tag_name().to_ascii_lowercase();
    let editable = element.dyn_ref::<web_sys::HtmlElement>().is_some_and(|element| element.is_content_editable());
    editable || matches!(name.as_str(), "input" | "textarea" | "select")
}
