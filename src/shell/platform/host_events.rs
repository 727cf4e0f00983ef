//! What an embedded reader tells the page around it: `lectern-progress`, `lectern-navigate` and
//! `lectern-error`, as DOM events on the `<lectern-reader>` element (bubbling, composed) or, in
//! the iframe alternative, as `postMessage`s to the parent window. The page app has no host.

use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::JsValue;

/// Who hears the reader's events, provided once per reader root.
#[derive(Clone)]
pub enum HostEvents {
    /// The full-page app: nobody to tell.
    None,
    /// A `<lectern-reader>` element on the host page.
    Element(SendWrapper<web_sys::HtmlElement>),
    /// `embed.html` in an iframe: the parent window.
    Parent,
}

impl HostEvents {
    pub fn provide(self) {
        provide_context(self);
    }

    pub fn current() -> HostEvents {
        use_context::<HostEvents>().unwrap_or(HostEvents::None)
    }

    /// Whether the reader is a guest on someone else's page (widget or iframe).
    pub fn is_embedded(&self) -> bool {
        !matches!(self, HostEvents::None)
    }

    /// `detail: { feed, article, percent }`, as `../shared/interface.md` specifies.
    pub fn progress(&self, feed: &str, article: &str, percent: u8) {
        self.send(
            "lectern-progress",
            &[("feed", feed.into()), ("article", article.into()), ("percent", f64::from(percent).into())],
        );
    }

    /// `detail: { feed, article }`, `article` null on the feed's list.
    pub fn navigate(&self, feed: &str, article: Option<&str>) {
        let article = article.map_or(JsValue::NULL, JsValue::from);
        self.send("lectern-navigate", &[("feed", feed.into()), ("article", article)]);
    }

    /// `detail: { message }`: the sentence the reader sees in the alert.
    pub fn error(&self, message: &str) {
        self.send("lectern-error", &[("message", message.into())]);
    }

    /// `detail: { height }`: the iframe's content height, so the parent can size it (iframe only).
    pub fn height(&self, height: f64) {
        if matches!(self, HostEvents::Parent) {
            self.send("lectern-height", &[("height", height.into())]);
        }
    }

    fn send(&self, name: &str, fields: &[(&str, JsValue)]) {
        let detail = js_sys::Object::new();
        for (key, value) in fields {
            let _ = js_sys::Reflect::set(&detail, &JsValue::from_str(key), value);
        }
        match self {
            HostEvents::None => {}
            HostEvents::Element(element) => {
                let init = web_sys::CustomEventInit::new();
                init.set_bubbles(true);
                init.set_composed(true);
                init.set_detail(&detail);
                if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
                    let _ = element.dispatch_event(&event);
                }
            }
            HostEvents::Parent => {
                let message = js_sys::Object::new();
                let _ = js_sys::Reflect::set(&message, &"type".into(), &name.into());
                let _ = js_sys::Reflect::set(&message, &"detail".into(), &detail);
                // Any origin may embed the iframe, and nothing in these messages is private: which
                // article of a public feed is open and how far it is read.
                if let Ok(Some(parent)) = window().parent() {
                    let _ = parent.post_message(&message, "*");
                }
            }
        }
    }
}
