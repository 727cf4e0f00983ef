//! The article's keys: the next and previous section, the contents, and the next and previous
//! article. Section jumps are not reading, so the learned speed pauses across them.
use std::sync::Arc;

use leptos::prelude::*;

use crate::core::contents::Contents;
use crate::core::route::Route;
use crate::core::shortcuts::Command;
use crate::shell::navigation::commands::{use_commands, Panel};
use crate::shell::navigation::router::Router;
use crate::shell::reading::learned_speed::Reading;
use crate::shell::reading::position::ReadingPosition;

/// Acts on the reader's commands while the article is open. `neighbours` are the routes of the
/// previous and next articles, if any.
pub fn follow_commands(
    router: Router,
    position: ReadingPosition,
    contents: Arc<Contents>,
    neighbours: (Option<Route>, Option<Route>),
    speed_sample: Reading,
) {
    let commands = use_commands();
    let measure = position.measure;
    commands.subscribe(move |command| {
        if matches!(command, Command::NextSection | Command::PreviousSection) {
            speed_sample.jumped();
        }
        let unit = measure.get_untracked().unit.map(|(unit, _)| unit);
        match command {
            Command::NextSection => {
                if let Some(entry) = contents.next(unit) {
                    position.jump_to(entry.unit);
                }
            }
            Command::PreviousSection => {
                if let Some(entry) = contents.previous(unit) {
                    position.jump_to(entry.unit);
                }
            }
            Command::Contents if !contents.is_empty() => commands.toggle(Panel::Contents),
            Command::NextArticle => {
                if let Some(next) = neighbours.1.clone() {
                    router.navigate(next);
                }
            }
            Command::PreviousArticle => {
                if let Some(previous) = neighbours.0.clone() {
                    router.navigate(previous);
                }
            }
            _ => {}
        }
    });
}
