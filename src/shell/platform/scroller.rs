//! What scrolls the reader: the window (the page app, or a widget that grows with its content) or
//! an embedded widget's own box (a widget given a fixed height). Reading position, the opening
//! scroll and "Start from the top" all go through here, so they follow whichever it is; so do
//! moving the focus without scrolling and the reader's clicks (the reading bar's).

use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Moves the keyboard focus to `element` and leaves the scroll position where it is: the callers
/// have put the reader where they want them (or Back restored it), and a plain `focus()` would
/// scroll the element into view on top of that.
pub fn focus_in_place(element: &web_sys::HtmlElement) {
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = element.focus_with_options(&options);
}

/// The reader's scrolling context, provided once per reader root.
#[derive(Clone)]
pub enum Scroller {
    Window,
    /// A widget's box: it scrolls itself when the host fixes its height, otherwise the page does.
    Widget(SendWrapper<web_sys::HtmlElement>),
}

impl Scroller {
    pub fn provide(self) {
        provide_context(self);
    }

    pub fn current() -> Scroller {
        use_context::<Scroller>().unwrap_or(Scroller::Window)
    }

    /// The widget's box while it scrolls itself; `None` when the window does the scrolling.
    fn own_box(&self) -> Option<&web_sys::HtmlElement> {
        match self {
            Scroller::Window => None,
            // Decided at each use: the host may set or drop the height at any time.
            Scroller::Widget(element) => (element.scroll_height() > element.client_height() + 1).then_some(&**element),
        }
    }

    /// How far the content is scrolled, in CSS pixels.
    pub fn offset(&self) -> f64 {
        match self.own_box() {
            Some(element) => f64::from(element.scroll_top()),
            None => window().scroll_y().unwrap_or(0.0),
        }
    }

    /// The top edge of the visible area, in viewport coordinates (as `getBoundingClientRect` gives).
    pub fn top(&self) -> f64 {
        self.own_box().map_or(0.0, |element| element.get_bounding_client_rect().top())
    }

    /// The height of the visible area.
    pub fn height(&self) -> f64 {
        match self.own_box() {
            Some(element) => f64::from(element.client_height()),
            None => window().inner_height().ok().and_then(|height| height.as_f64()).unwrap_or(0.0),
        }
    }

    pub fn scroll_to(&self, offset: f64) {
        match self.own_box() {
            // Whole pixels: `scrollTop` rounds anyway, and the reading line is measured after.
            Some(element) => element.set_scroll_top(offset.round() as i32),
            None => window().scroll_to_with_x_and_y(0.0, offset),
        }
    }

    /// Calls `handler` with the element of every click or tap in the reader (the whole window, or
    /// the widget's box: a click on the host page around it is the host's), for as long as the
    /// calling owner lives.
    pub fn on_click(&self, handler: impl Fn(web_sys::Element) + 'static) {
        let area: web_sys::EventTarget = match self {
            Scroller::Window => window().into(),
            Scroller::Widget(element) => (**element).clone().into(),
        };
        let closure = Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
            if let Some(element) = event.target().and_then(|target| target.dyn_into::<web_sys::Element>().ok()) {
                handler(element);
            }
        });
        if area.add_event_listener_with_callback("click", closure.as_ref().unchecked_ref()).is_err() {
            return;
        }
        let held = SendWrapper::new((area, closure));
        on_cleanup(move || {
            let (area, closure) = held.take();
            let _ = area.remove_event_listener_with_callback("click", closure.as_ref().unchecked_ref());
        });
    }

    /// Where scroll events arrive: the window always (a growing widget moves with the page), and
    /// the widget's box too.
    pub fn event_targets(&self) -> Vec<web_sys::EventTarget> {
        let mut targets = vec![web_sys::EventTarget::from(window())];
        if let Scroller::Widget(element) = self {
            targets.push(web_sys::EventTarget::from((**element).clone()));
        }
        targets
    }

    /// After moving to another screen: back to its top. A widget scrolls the host page only when
    /// the reader moved (`by_reader`) and its top is out of sight above.
    pub fn reset_for_new_screen(&self, by_reader: bool) {
        match self {
            Scroller::Window => window().scroll_to_with_x_and_y(0.0, 0.0),
            Scroller::Widget(element) => {
                element.set_scroll_top(0);
                if by_reader && element.get_bounding_client_rect().top() < 0.0 {
                    element.scroll_into_view();
                }
            }
        }
    }
}
