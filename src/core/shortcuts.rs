//! Keyboard shortcuts while reading: which key means which command, and the help table, as one
//! piece of data so the help overlay cannot drift from what the keys do.
//!
//! Keys are `KeyboardEvent.key` values, which already carry Shift: Shift+J arrives as "J" and
//! matches nothing, so Shift only ever helps to type `?`. A held Ctrl, Meta or Alt means the
//! keys belong to the browser, the system or assistive technology, and letters typed into a
//! field are text; only Escape works everywhere. Layouts that type `[`, `]` or `?` with AltGr
//! report Ctrl+Alt on Windows, so the shell passes `ctrl` and `alt` as false while
//! `getModifierState("AltGraph")` holds.

/// What a shortcut asks the reader to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    NextSection,
    PreviousSection,
    NextArticle,
    PreviousArticle,
    Settings,
    Contents,
    Listen,
    Help,
    /// Closes the open panel or overlay (settings, contents, help).
    Close,
}

/// One row of the help overlay: the keys (as `KeyboardEvent.key` names them) and what they do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shortcut {
    pub command: Command,
    pub keys: &'static [&'static str],
    pub description: &'static str,
}

/// Every shortcut, in the order the help overlay lists them.
pub const HELP: &[Shortcut] = &[
    Shortcut { command: Command::NextSection, keys: &["j", "n"], description: "Next section" },
    Shortcut { command: Command::PreviousSection, keys: &["k", "p"], description: "Previous section" },
    Shortcut { command: Command::NextArticle, keys: &["]"], description: "Next article" },
    Shortcut { command: Command::PreviousArticle, keys: &["["], description: "Previous article" },
    Shortcut { command: Command::Contents, keys: &["t"], description: "Table of contents" },
    Shortcut { command: Command::Settings, keys: &["s"], description: "Reading settings" },
    Shortcut { command: Command::Listen, keys: &["l"], description: "Listen, or pause listening" },
    Shortcut { command: Command::Help, keys: &["?"], description: "Show these shortcuts" },
    Shortcut { command: Command::Close, keys: &["Escape"], description: "Close the open panel" },
];

/// The command of a key press, or `None` when the press is not Lectern's to take.
pub fn command(key: &str, ctrl: bool, meta: bool, alt: bool, in_text_field: bool) -> Option<Command> {
    if ctrl || meta || alt {
        return None;
    }
    let command = HELP.iter().find(|shortcut| shortcut.keys.contains(&key))?.command;
    if in_text_field && command != Command::Close {
        return None;
    }
    Some(command)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Modifier and field flags, written as a word so each case reads as the press it is.
    #[track_caller]
    fn check(key: &str, held: &str, expected: Option<Command>) {
        let (ctrl, meta, alt, field) =
            (held.contains("ctrl"), held.contains("meta"), held.contains("alt"), held.contains("field"));
        assert_eq!(command(key, ctrl, meta, alt, field), expected, "{key:?} with {held:?}");
    }

    #[test]
    fn j_and_n_go_to_the_next_section() {
        check("j", "", Some(Command::NextSection));
        check("n", "", Some(Command::NextSection));
    }

    #[test]
    fn k_and_p_go_to_the_previous_section() {
        check("k", "", Some(Command::PreviousSection));
        check("p", "", Some(Command::PreviousSection));
    }

    #[test]
    fn brackets_move_between_articles() {
        check("]", "", Some(Command::NextArticle));
        check("[", "", Some(Command::PreviousArticle));
    }

    #[test]
    fn panels_and_listening_have_letters() {
        check("s", "", Some(Command::Settings));
        check("t", "", Some(Command::Contents));
        check("l", "", Some(Command::Listen));
        check("?", "", Some(Command::Help));
        check("Escape", "", Some(Command::Close));
    }

    #[test]
    fn shifted_letters_are_other_keys() {
        for key in ["J", "N", "K", "P", "S", "T", "L", "{", "}"] {
            check(key, "", None);
        }
    }

    #[test]
    fn a_held_modifier_leaves_the_key_to_the_browser() {
        for held in ["ctrl", "meta", "alt", "ctrl alt"] {
            for key in ["j", "k", "]", "[", "s", "t", "l", "?", "Escape"] {
                check(key, held, None);
            }
        }
    }

    #[test]
    fn typing_in_a_field_is_text_except_escape() {
        for key in ["j", "n", "k", "p", "]", "[", "s", "t", "l", "?"] {
            check(key, "field", None);
        }
        check("Escape", "field", Some(Command::Close));
        check("Escape", "field ctrl", None);
    }

    #[test]
    fn other_keys_are_not_shortcuts() {
        for key in ["", " ", "Enter", "Tab", "ArrowDown", "a", "jk", "Esc", "Dead", "Unidentified"] {
            check(key, "", None);
        }
    }

    #[test]
    fn every_help_row_is_what_its_keys_do() {
        for shortcut in HELP {
            assert!(!shortcut.keys.is_empty() && !shortcut.description.is_empty());
            for key in shortcut.keys {
                assert_eq!(command(key, false, false, false, false), Some(shortcut.command), "{key}");
            }
        }
    }

    #[test]
    fn no_key_has_two_commands_and_every_command_has_one_row() {
        let keys: Vec<&str> = HELP.iter().flat_map(|shortcut| shortcut.keys.iter().copied()).collect();
        let mut unique = keys.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), keys.len());
        let commands = [
            Command::NextSection,
            Command::PreviousSection,
            Command::NextArticle,
            Command::PreviousArticle,
            Command::Settings,
            Command::Contents,
            Command::Listen,
            Command::Help,
            Command::Close,
        ];
        for wanted in commands {
            assert_eq!(HELP.iter().filter(|shortcut| shortcut.command == wanted).count(), 1, "{wanted:?}");
        }
        assert_eq!(HELP.len(), commands.len());
    }
}
