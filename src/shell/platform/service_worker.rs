//! The service worker, the only code that talks to it: registration (checked for updates on every
//! visit, bypassing the HTTP cache), noticing a new version waiting, activating it only when the
//! reader accepts, and the typed messages of `core::worker_messages` both ways. The worker itself
//! is `public/sw.js`.
use std::cell::RefCell;

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::core::worker_messages::WorkerMessage;
use crate::shell::platform::body_html;

thread_local! {
    static REGISTRATION: RefCell<Option<web_sys::ServiceWorkerRegistration>> = const { RefCell::new(None) };
}

/// Registers `sw.js` (beside the page, its URL vouched for by `body_html`'s policy) and sets `update_ready` when a new version is waiting.
/// Where service workers are unavailable (insecure origins, some private modes) it does nothing.
pub fn register(update_ready: WriteSignal<bool>) {
    let navigator = window().navigator();
    if !js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false) {
        return;
    }
    let container = navigator.service_worker();
    let options = web_sys::RegistrationOptions::new();
    options.set_update_via_cache(web_sys::ServiceWorkerUpdateViaCache::None);
    // `register` with the policy's TrustedScriptURL (web_sys's takes only a string): under the
    // CSP's `require-trusted-types-for 'script'` a plain string is refused.
    let register = js_sys::Reflect::get(&container, &JsValue::from_str("register"))
        .ok()
        .and_then(|register| register.dyn_into::<js_sys::Function>().ok());
    let Some(register) = register else {
        return;
    };
    let Some(promise) = register
        .call2(&container, &body_html::worker_url(), &options)
        .ok()
        .and_then(|promise| promise.dyn_into::<js_sys::Promise>().ok())
    else {
        return;
    };
    leptos::task::spawn_local(async move {
        let Ok(registration) = wasm_bindgen_futures::JsFuture::from(promise).await else {
            return;
        };
        let Ok(registration) = registration.dyn_into::<web_sys::ServiceWorkerRegistration>() else {
            return;
        };
        watch_for_updates(&registration, update_ready);
        REGISTRATION.with(|slot| *slot.borrow_mut() = Some(registration));
    });
}

fn watch_for_updates(registration: &web_sys::ServiceWorkerRegistration, update_ready: WriteSignal<bool>) {
    // A first install has no controller yet: nothing is being replaced, so there is nothing to ask.
    let controlled = || window().navigator().service_worker().controller().is_some();
    if registration.waiting().is_some() && controlled() {
        update_ready.set(true);
    }
    let watched = registration.clone();
    let on_update_found = Closure::<dyn FnMut()>::new(move || {
        let Some(installing) = watched.installing() else {
            return;
        };
        let worker = installing.clone();
        let on_state_change = Closure::<dyn FnMut()>::new(move || {
            if worker.state() == web_sys::ServiceWorkerState::Installed && controlled() {
                update_ready.set(true);
            }
        });
        installing.set_onstatechange(Some(on_state_change.as_ref().unchecked_ref()));
        // Lives as long as the worker it watches, which outlives this page's interest in it.
        on_state_change.forget();
    });
    registration.set_onupdatefound(Some(on_update_found.as_ref().unchecked_ref()));
    on_update_found.forget();
}

/// Activates the waiting version and reloads once it controls the page. The reading place is
/// saved by the reader's `pagehide` flush and restored after the reload.
pub fn accept_update() {
    let waiting = REGISTRATION.with(|slot| slot.borrow().as_ref().and_then(|registration| registration.waiting()));
    let Some(waiting) = waiting else {
        let _ = window().location().reload();
        return;
    };
    let container = window().navigator().service_worker();
    let on_controller_change = Closure::<dyn FnMut()>::new(|| {
        let _ = window().location().reload();
    });
    container.set_oncontrollerchange(Some(on_controller_change.as_ref().unchecked_ref()));
    on_controller_change.forget();
    let _ = post(&waiting, WorkerMessage::SkipWaiting, &[]);
}

/// The worker controlling this page, if any (none on a first visit, before it is installed).
pub fn controller() -> Option<web_sys::ServiceWorker> {
    window().navigator().service_worker().controller()
}

/// Posts `{type: kind, ...fields}` to `worker`.
pub fn post(worker: &web_sys::ServiceWorker, kind: WorkerMessage, fields: &[(&str, JsValue)]) -> Result<(), JsValue> {
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &JsValue::from_str("type"), &JsValue::from_str(kind.as_str()));
    for (key, value) in fields {
        let _ = js_sys::Reflect::set(&message, &JsValue::from_str(key), value);
    }
    worker.post_message(&message)
}

/// A field of a message (or any object); `undefined` when it has none.
pub fn field(data: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(data, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// The worker's messages reach a handler for as long as this lives; dropping it removes the
/// listener, so a finished save leaves nothing behind.
pub struct Listening {
    container: web_sys::ServiceWorkerContainer,
    listener: Closure<dyn FnMut(web_sys::MessageEvent)>,
}

impl Drop for Listening {
    fn drop(&mut self) {
        let _ = self.container.remove_event_listener_with_callback("message", self.listener.as_ref().unchecked_ref());
    }
}

/// Calls `on_message` with each typed message from the worker and its data; messages of any
/// other type are ignored.
pub fn listen(mut on_message: impl FnMut(WorkerMessage, JsValue) + 'static) -> Listening {
    let container = window().navigator().service_worker();
    let listener = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
        let data = event.data();
        if let Some(kind) = field(&data, "type").as_string().as_deref().and_then(WorkerMessage::parse) {
            on_message(kind, data);
        }
    });
    let _ = container.add_event_listener_with_callback("message", listener.as_ref().unchecked_ref());
    Listening { container, listener }
}
