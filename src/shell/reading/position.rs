//! Where the reader is in the open article: the only code that reads layout while reading.
//!
//! Scroll and resize only schedule a measurement for the next animation frame (passive listeners,
//! at most one layout read per frame, a binary search over the units' boxes). A place the reader
//! moved to is saved at most once a second, and at once when the page is hidden or left.
//!
//! The reading area starts below the reading bar (`reading::toolbar`), shown or tucked away: the
//! reading line is its height plus `READING_LINE` below the top of the visible area, so the bar
//! never covers the line being read, and showing or hiding it never moves the place.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::Arc;
use std::time::Duration;

use leptos::html::{Article, Div};
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::core::anchor::{Anchors, Found};
use crate::core::progress::{percent_read, Viewport};
use crate::shell::platform::scroller::{focus_in_place, Scroller};
use crate::shell::settings::state::ReadingSettings;

/// The line, in CSS pixels below the top of the reading area (the visible area, window or widget
/// box, below the reading bar), whose block is "the one being read".
const READING_LINE: f64 = 8.0;
/// How often at most a place the reader moved to is written.
const SAVE_EVERY: Duration = Duration::from_millis(1000);

/// One measurement of the reader's place.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Measure {
    /// Share of the article above the bottom of the window, 0 to 100.
    pub percent: u8,
    /// The unit at the reading line and how far through it the line is; `None` above the body.
    pub unit: Option<(usize, f64)>,
    pub scroll_y: f64,
    pub viewport_height: f64,
    /// The reader scrolled since the measurement before (not the app: opening, reflow, listening).
    pub by_reader: bool,
}

/// Where to put the reader when the article opens.
#[derive(Clone, Debug, PartialEq)]
pub enum Start {
    Top,
    /// A unit by its key (a `#key` link), at its top.
    Unit(String),
    /// A saved place, found by key, then text, then percentage.
    Saved {
        key: String,
        fraction: f64,
        text: String,
        percent: u8,
    },
}

/// What the view gets: the latest measurement, where the opening scroll landed, and jumps.
#[derive(Clone, Copy)]
pub struct ReadingPosition {
    pub measure: ReadSignal<Measure>,
    /// Set once the start place has been applied: the unit it landed on, if any, and its scroll.
    pub started: ReadSignal<Option<Started>>,
    state: StoredValue<Rc<State>, LocalStorage>,
}

impl ReadingPosition {
    /// Takes the reader to unit `index` (contents, `j`/`k`): its top on the reading line, and
    /// keyboard focus on it, so screen readers and Tab continue from there.
    pub fn jump_to(&self, index: usize) {
        self.state.with_value(|state| state.jump(index));
    }

    /// Marks unit `index` with `class` (taking it off any other unit; `None` clears it) and, when
    /// it is not wholly in view, brings it to the reading line, as the reader would (listening).
    pub fn show(&self, index: Option<usize>, class: &str) {
        self.state.with_value(|state| state.show(index, class));
    }

    /// Saves the top of unit `index` as the reading place now (listening), dropping a place the
    /// reader scrolled to earlier that is not saved yet, so it cannot land after this one.
    pub fn save_at(&self, index: usize) {
        let measure = Measure { unit: Some((index, 0.0)), ..self.measure.get_untracked() };
        self.state.with_value(|state| {
            state.pending_save.set(None);
            (state.save)(measure);
        });
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Started {
    pub unit: Option<usize>,
    pub scroll_y: f64,
}

/// Follows the reader through `article` (whose body units carry `anchors`' keys as ids), opening
/// at `start` once it is in the document; the reading area starts below `bar`. `save` receives
/// places the reader moved to.
pub fn follow_reading(
    article: NodeRef<Article>,
    bar: NodeRef<Div>,
    anchors: Arc<Anchors>,
    start: Start,
    save: impl Fn(Measure) + 'static,
) -> ReadingPosition {
    let (measure, set_measure) = signal(Measure::default());
    let (started, set_started) = signal(None::<Started>);
    let state = Rc::new(State {
        article,
        bar,
        scroller: Scroller::current(),
        units: RefCell::new(Vec::new()),
        frame_pending: Cell::new(false),
        programmatic: Cell::new(false),
        moved: Cell::new(false),
        pending_save: Cell::new(None),
        save_timer: Cell::new(None),
        set_measure,
        save: Box::new(save),
    });

    // Opening: once the article is in the document, index its units and go to the start place.
    let opening = Rc::clone(&state);
    let anchors_for_start = Arc::clone(&anchors);
    let opened = Cell::new(false);
    Effect::new(move |_| {
        if article.get().is_none() || opened.replace(true) {
            return;
        }
        let state = Rc::clone(&opening);
        let anchors = Arc::clone(&anchors_for_start);
        let start = start.clone();
        request_animation_frame(move || {
            state.index_units(&anchors);
            let landed = state.go_to(&anchors, &start);
            set_started.set(Some(landed));
            state.schedule_measure();
        });
    });

    // Text size, font, spacing or width changed: the text reflows, and the reader stays with the
    // block they were reading, at the same fraction through it.
    if let Some(settings) = use_context::<ReadingSettings>() {
        let keeping = Rc::clone(&state);
        Effect::watch(
            move || settings.get(),
            move |_, _, _| {
                let Some((index, fraction)) = measure.get_untracked().unit else {
                    return;
                };
                let state = Rc::clone(&keeping);
                request_animation_frame(move || state.keep(index, fraction));
            },
            false,
        );
    }

    // Leaving the article (or the app): stop listening, then save what is pending.
    let leaving = SendWrapper::new((Listeners::attach(&state), Rc::clone(&state)));
    on_cleanup(move || {
        let (listeners, state) = leaving.take();
        drop(listeners);
        // Not measured again here: the router has already scrolled the page for the next screen,
        // so a measurement now would save that, not the reader's place.
        state.flush();
    });
    ReadingPosition { measure, started, state: StoredValue::new_local(state) }
}

struct State {
    article: NodeRef<Article>,
    /// The reading bar, whose height the reading area starts below.
    bar: NodeRef<Div>,
    scroller: Scroller,
    /// The body's units in document order, as (index in `Anchors::units`, element).
    units: RefCell<Vec<(usize, web_sys::Element)>>,
    frame_pending: Cell<bool>,
    /// The next scroll event is the app's own (the opening scroll), not the reader's.
    programmatic: Cell<bool>,
    /// The reader has scrolled since the last measurement.
    moved: Cell<bool>,
    pending_save: Cell<Option<Measure>>,
    save_timer: Cell<Option<TimeoutHandle>>,
    set_measure: WriteSignal<Measure>,
    save: Box<dyn Fn(Measure)>,
}

impl State {
    fn index_units(&self, anchors: &Anchors) {
        let Some(article) = self.article.try_get_untracked().flatten() else {
            return;
        };
        let by_key: HashMap<&str, usize> =
            anchors.units.iter().enumerate().map(|(index, unit)| (unit.key.as_str(), index)).collect();
        let Ok(nodes) = article.query_selector_all(".article-body [id]") else {
            return;
        };
        let units = (0..nodes.length())
            .filter_map(|position| nodes.item(position))
            .filter_map(|node| node.dyn_into::<web_sys::Element>().ok())
            .filter_map(|element| Some((*by_key.get(element.id().as_str())?, element)))
            .collect();
        *self.units.borrow_mut() = units;
    }

    /// Scrolls to `start`; returns where it landed.
    fn go_to(&self, anchors: &Anchors, start: &Start) -> Started {
        let scroll_y = self.scroller.offset();
        let (unit, target) = match start {
            Start::Top => (None, None),
            Start::Unit(key) => match anchors.position(key) {
                Some(index) => (Some(index), self.unit_y(index, 0.0, scroll_y)),
                None => (None, None),
            },
            Start::Saved { key, fraction, text, percent } => match anchors.find(key, text, *percent) {
                Found::Key(index) => (Some(index), self.unit_y(index, *fraction, scroll_y)),
                // The block changed, so the fraction through it no longer means the same line.
                Found::Text(index) => (Some(index), self.unit_y(index, 0.0, scroll_y)),
                Found::Percent => (None, self.percent_y(*percent, scroll_y)),
            },
        };
        let Some(target) = target else {
            return Started { unit: None, scroll_y };
        };
        let target = target.max(0.0);
        if (target - scroll_y).abs() >= 1.0 {
            self.programmatic.set(true);
            self.scroller.scroll_to(target);
        }
        Started { unit, scroll_y: target }
    }

    /// After a reflow: unit `index` back on the reading line at `fraction`, as the app's own scroll.
    fn keep(self: &Rc<Self>, index: usize, fraction: f64) {
        if let Some(target) = self.unit_y(index, fraction, self.scroller.offset()) {
            self.programmatic.set(true);
            self.scroller.scroll_to(target.max(0.0));
        }
        self.schedule_measure();
    }

    fn show(&self, index: Option<usize>, class: &str) {
        for (unit, element) in self.units.borrow().iter() {
            let marked = Some(*unit) == index;
            if element.class_list().contains(class) != marked {
                let _ = element.class_list().toggle_with_force(class, marked);
            }
        }
        let Some((index, element)) = index.and_then(|index| Some((index, self.element_of(index)?))) else {
            return;
        };
        // Only when the reader could not follow it: wholly above the reading line, or starting
        // below it and running past the bottom. The unit already at the reading line stays put, so
        // starting to listen does not move the reader.
        let rect = element.get_bounding_client_rect();
        let (line, bottom) = (self.line(), self.scroller.top() + self.scroller.height());
        if rect.bottom() <= line || (rect.top() > line && rect.bottom() > bottom) {
            if let Some(target) = self.unit_y(index, 0.0, self.scroller.offset()) {
                // The app's scroll: whoever shows a unit saves the place itself (`save_at`).
                self.programmatic.set(true);
                self.scroller.scroll_to(target.max(0.0));
            }
        }
    }

    /// The reader's jump to unit `index`: counted as the reader moving (so it is saved).
    fn jump(self: &Rc<Self>, index: usize) {
        let Some(target) = self.unit_y(index, 0.0, self.scroller.offset()) else {
            return;
        };
        self.scroller.scroll_to(target.max(0.0));
        // Measured now, not on the next frame: a second `j` pressed at once goes on from here.
        self.moved.set(true);
        self.measure();
        if let Some(element) = self.element_of(index) {
            if let Some(element) = element.dyn_ref::<web_sys::HtmlElement>() {
                // Headings and paragraphs are not focusable by default; -1 keeps them out of Tab.
                if !element.has_attribute("tabindex") {
                    let _ = element.set_attribute("tabindex", "-1");
                }
                focus_in_place(element);
            }
        }
    }

    /// The element of unit `index`, if it is in the body.
    fn element_of(&self, index: usize) -> Option<web_sys::Element> {
        self.units.borrow().iter().find(|(unit, _)| *unit == index).map(|(_, element)| element.clone())
    }

    /// The reading line, in viewport coordinates: below the visible area's top and the bar.
    fn line(&self) -> f64 {
        let bar = self.bar.try_get_untracked().flatten().map_or(0.0, |bar| bar.get_bounding_client_rect().height());
        self.scroller.top() + bar + READING_LINE
    }

    /// The scroll offset that puts `fraction` of unit `index` on the reading line.
    fn unit_y(&self, index: usize, fraction: f64, scroll_y: f64) -> Option<f64> {
        let rect = self.element_of(index)?.get_bounding_client_rect();
        Some(scroll_y + rect.top() + fraction * rect.height() - self.line())
    }

    /// The scroll offset at which `percent` of the article is above the bottom of the window.
    fn percent_y(&self, percent: u8, scroll_y: f64) -> Option<f64> {
        let rect = self.article.try_get_untracked().flatten()?.get_bounding_client_rect();
        let top = rect.top() - self.scroller.top();
        Some(scroll_y + top + rect.height() * f64::from(percent) / 100.0 - self.scroller.height())
    }

    fn schedule_measure(self: &Rc<Self>) {
        if self.frame_pending.replace(true) {
            return;
        }
        let state = Rc::clone(self);
        request_animation_frame(move || {
            state.frame_pending.set(false);
            state.measure();
        });
    }

    fn measure(self: &Rc<Self>) {
        let Some(article) = self.article.try_get_untracked().flatten() else {
            return;
        };
        let rect = article.get_bounding_client_rect();
        let scroll_y = self.scroller.offset();
        let viewport_height = self.scroller.height();
        let percent = percent_read(Viewport {
            article_top: rect.top() - self.scroller.top() + scroll_y,
            article_height: rect.height(),
            scroll_top: scroll_y,
            viewport_height,
        });
        let by_reader = self.moved.replace(false);
        let measure = Measure { percent, unit: self.unit_at_line(), scroll_y, viewport_height, by_reader };
        // `try_set`: this also runs as the article is left, when the signal may be gone.
        self.set_measure.try_set(measure);
        if by_reader {
            self.pending_save.set(Some(measure));
            self.schedule_save();
        }
    }

    /// The last unit whose top is at or above the reading line, and how far through it the line is.
    fn unit_at_line(&self) -> Option<(usize, f64)> {
        // A unit scrolled to the line lands within a pixel of it (scroll offsets are rounded).
        let line = self.line() + 1.0;
        let units = self.units.borrow();
        let below = units.partition_point(|(_, element)| element.get_bounding_client_rect().top() <= line);
        let (index, element) = units.get(below.checked_sub(1)?)?;
        let rect = element.get_bounding_client_rect();
        let fraction = if rect.height() > 0.0 { (line - rect.top()) / rect.height() } else { 0.0 };
        Some((*index, fraction.clamp(0.0, 1.0)))
    }

    /// Saves within `SAVE_EVERY`, unless a save is already due.
    fn schedule_save(self: &Rc<Self>) {
        if self.save_timer.get().is_some() {
            return;
        }
        let state = Rc::clone(self);
        let handle = set_timeout_with_handle(
            move || {
                state.save_timer.set(None);
                state.flush();
            },
            SAVE_EVERY,
        );
        self.save_timer.set(handle.ok());
    }

    /// A scroll the reader made since the last frame's measurement would be lost if the page were
    /// hidden at once (the tab switched, the phone locked): it is measured now, while the article
    /// is still in the document. Once the article is detached its boxes read as zeros, so nothing
    /// is taken.
    fn measure_unmeasured_move(self: &Rc<Self>) {
        let connected = self.article.try_get_untracked().flatten().is_some_and(|article| article.is_connected());
        if self.moved.get() && connected {
            self.measure();
        }
    }

    /// Saves the latest place the reader moved to, if not saved yet.
    fn flush(&self) {
        if let Some(timer) = self.save_timer.take() {
            timer.clear();
        }
        if let Some(measure) = self.pending_save.take() {
            (self.save)(measure);
        }
    }

    fn on_scroll(self: &Rc<Self>) {
        if !self.programmatic.replace(false) {
            self.moved.set(true);
        }
        self.schedule_measure();
    }
}

/// A listener as registered: where, for which event, and the closure to remove.
type Registered = (web_sys::EventTarget, &'static str, Closure<dyn FnMut()>);

/// The window, document and widget listeners, removed when dropped.
struct Listeners {
    registered: Vec<Registered>,
}

impl Listeners {
    fn attach(state: &Rc<State>) -> Listeners {
        let mut listeners = Listeners { registered: Vec::new() };
        let window: web_sys::EventTarget = window().into();
        let page: web_sys::EventTarget = document().into();
        for target in state.scroller.event_targets() {
            let scrolled = Rc::clone(state);
            listeners.add(&target, "scroll", move || scrolled.on_scroll());
        }
        let resized = Rc::clone(state);
        listeners.add(&window, "resize", move || resized.schedule_measure());
        // Closing the tab or switching apps: write now, the page may never run again.
        let hidden = Rc::clone(state);
        listeners.add(&window, "pagehide", move || {
            hidden.measure_unmeasured_move();
            hidden.flush();
        });
        let backgrounded = Rc::clone(state);
        listeners.add(&page, "visibilitychange", move || {
            if document().visibility_state() == web_sys::VisibilityState::Hidden {
                backgrounded.measure_unmeasured_move();
                backgrounded.flush();
            }
        });
        listeners
    }

    fn add(&mut self, target: &web_sys::EventTarget, name: &'static str, handler: impl FnMut() + 'static) {
        let closure = Closure::<dyn FnMut()>::new(handler);
        let options = web_sys::AddEventListenerOptions::new();
        options.set_passive(true);
        let added = target.add_event_listener_with_callback_and_add_event_listener_options(
            name,
            closure.as_ref().unchecked_ref(),
            &options,
        );
        if added.is_ok() {
            self.registered.push((target.clone(), name, closure));
        }
    }
}

impl Drop for Listeners {
    fn drop(&mut self) {
        for (target, name, closure) in &self.registered {
            let _ = target.remove_event_listener_with_callback(name, closure.as_ref().unchecked_ref());
        }
    }
}
