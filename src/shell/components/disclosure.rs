//! Focus for the reader's panels: when one closes while focus was inside it (its content is gone,
//! so focus fell to the page), focus goes back to the button that opens it.
use leptos::html::Button;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::shell::commands::{use_commands, Panel};

/// Returns focus to `button` whenever `panel` closes and focus was left nowhere.
pub fn return_focus_on_close(panel: Panel, button: NodeRef<Button>) {
    let commands = use_commands();
    Effect::watch(
        move || commands.is_open(panel),
        move |open, was_open, _| {
            if *open || was_open != Some(&true) {
                return;
            }
            let Some(button) = button.get_untracked() else {
                return;
            };
            if focus_is_lost(&button) {
                let options = web_sys::FocusOptions::new();
                options.set_prevent_scroll(true);
                let _ = button.focus_with_options(&options);
            }
        },
        false,
    );
}

/// Whether nothing in `near`'s tree (the document, or a widget's shadow root) has focus.
fn focus_is_lost(near: &web_sys::Element) -> bool {
    let root = near.get_root_node();
    let active = match root.dyn_ref::<web_sys::ShadowRoot>() {
        Some(shadow) => shadow.active_element(),
        None => document().active_element(),
    };
    active.is_none_or(|active| document().body().is_some_and(|body| body.is_same_node(Some(&active))))
}
