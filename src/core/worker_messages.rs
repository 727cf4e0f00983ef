//! The messages between the page and its service worker (`public/sw.js`), defined once. Every
//! message is an object with a `type`; sw.js declares the same names in its `MESSAGES` object, and
//! a test reads that line so the two cannot drift apart.

/// What a message is, by its `type`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WorkerMessage {
    /// Page → worker: the reader accepted the new version; the waiting worker takes over.
    SkipWaiting,
    /// Page → worker: `{id, feeds, images}` to fetch and keep for offline reading.
    SaveOffline,
    /// Page → worker: `{id}` stops that save between files.
    SaveCancel,
    /// Worker → page: `{id, done, total}` while saving.
    SaveProgress,
    /// Worker → page: `{id, done, failed, total, cancelled}` at the end of a save.
    SaveDone,
}

impl WorkerMessage {
    /// Every message, in the order sw.js lists them.
    pub const ALL: [WorkerMessage; 5] = [
        WorkerMessage::SkipWaiting,
        WorkerMessage::SaveOffline,
        WorkerMessage::SaveCancel,
        WorkerMessage::SaveProgress,
        WorkerMessage::SaveDone,
    ];

    /// The `type` field's value.
    pub fn as_str(self) -> &'static str {
        match self {
            WorkerMessage::SkipWaiting => "skip-waiting",
            WorkerMessage::SaveOffline => "save-offline",
            WorkerMessage::SaveCancel => "save-cancel",
            WorkerMessage::SaveProgress => "save-progress",
            WorkerMessage::SaveDone => "save-done",
        }
    }

    /// The message a `type` names; `None` for anything else (ignored by the receiver).
    pub fn parse(kind: &str) -> Option<WorkerMessage> {
        WorkerMessage::ALL.into_iter().find(|message| message.as_str() == kind)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_parses_back_and_nothing_else_does() {
        for message in WorkerMessage::ALL {
            assert_eq!(WorkerMessage::parse(message.as_str()), Some(message));
        }
        for other in ["", "skip_waiting", "Save-Offline", "save-offline ", "save"] {
            assert_eq!(WorkerMessage::parse(other), None, "{other:?}");
        }
    }

    /// sw.js names the same messages in its `const MESSAGES = {…}`, in the same order.
    #[test]
    fn sw_js_declares_the_same_messages() {
        let sw = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/public/sw.js")).unwrap();
        let start = sw.find("const MESSAGES = {").expect("sw.js declares MESSAGES");
        let declaration = &sw[start..start + sw[start..].find('}').expect("MESSAGES ends")];
        let declared: Vec<&str> = declaration.split('\'').skip(1).step_by(2).collect();
        let ours: Vec<&str> = WorkerMessage::ALL.iter().map(|message| message.as_str()).collect();
        assert_eq!(declared, ours, "sw.js MESSAGES and core::worker_messages differ");
        // Every use in sw.js goes through MESSAGES: no message name is written as a bare string.
        for name in ours {
            assert_eq!(sw.matches(&format!("'{name}'")).count(), 1, "'{name}' is written outside MESSAGES in sw.js");
        }
    }
}
