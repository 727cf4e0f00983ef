//! The article body's markup into the page through Lectern's Trusted Types policy, `lectern-body`, the only code that sets `innerHTML`; and the page's `default` policy.
//!
//! The markup is `core::body_markup::write`'s, escaped by construction, so the policy passes it as
//! it is (`createHTML: s => s`): what makes it safe is the writer; what the policy adds is that
//! nothing else in the page can turn a string into markup (the CSP, scripts/csp.mjs, names only
//! this policy). Its one other rule vouches for the service worker's script URL, `sw.js`, and
//! for no other (`createScriptURL`). The policy is created once, on first use, with Rust closures
//! (the CSP forbids `eval`). Browsers without Trusted Types get the plain strings, which are just
//! as escaped. The `default` policy ([`install_default_policy`]) exists only because Leptos's
//! static view templates are set as `innerHTML` inside tachys; it passes those and refuses
//! anything that could run script (`core::template_html`).
use js_sys::{Function, Object, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::core::template_html;

/// The policy's name, as the CSP's `trusted-types` directive names it (scripts/csp.mjs).
pub const POLICY: &str = "lectern-body";
/// The policy Trusted Types calls for a plain string, named as the CSP names it.
pub const DEFAULT_POLICY: &str = "default";
/// The service worker's script, beside the page (`public/sw.js`).
const WORKER: &str = "sw.js";

thread_local! {
    /// `lectern-body`, or `None` where the browser has no Trusted Types (or refused the policy).
    static BODY_POLICY: Option<JsValue> = create_policy();
}

/// Replaces the content of `container` with `markup`, which must come from
/// `core::body_markup::write`. Never fails loudly: a refused insertion leaves the container empty.
pub fn insert(container: &web_sys::Element, markup: String) {
    let text = JsValue::from_str(&markup);
    drop(markup);
    let html = BODY_POLICY.with(|policy| match policy {
        Some(policy) => call(policy, "createHTML", &text).unwrap_or(text),
        None => text,
    });
    let _ = Reflect::set(container, &JsValue::from_str("innerHTML"), &html);
}

/// The service worker's script URL for `navigator.serviceWorker.register`: a TrustedScriptURL
/// where the browser has Trusted Types, else the string.
pub fn worker_url() -> JsValue {
    let url = JsValue::from_str(WORKER);
    BODY_POLICY.with(|policy| match policy {
        Some(policy) => call(policy, "createScriptURL", &url).unwrap_or(url),
        None => url,
    })
}

/// `trustedTypes.createPolicy('lectern-body', { createHTML: s => s, createScriptURL: only sw.js })`.
fn create_policy() -> Option<JsValue> {
    let factory = trusted_types()?;
    let create_html = Closure::<dyn Fn(JsValue) -> JsValue>::new(|markup: JsValue| markup);
    // Anything but the worker's own URL becomes null, which Trusted Types turns into "".
    let create_script_url = Closure::<dyn Fn(JsValue) -> JsValue>::new(|url: JsValue| {
        if url.as_string().as_deref() == Some(WORKER) {
            url
        } else {
            JsValue::NULL
        }
    });
    let rules = Object::new();
    Reflect::set(&rules, &JsValue::from_str("createHTML"), create_html.as_ref()).ok()?;
    Reflect::set(&rules, &JsValue::from_str("createScriptURL"), create_script_url.as_ref()).ok()?;
    let create = Reflect::get(&factory, &JsValue::from_str("createPolicy")).ok()?.dyn_into::<Function>().ok()?;
    let policy = create.call2(&factory, &JsValue::from_str(POLICY), &rules).ok()?;
    // The policy calls them for as long as the page lives.
    create_html.forget();
    create_script_url.forget();
    Some(policy)
}

/// Creates the page's `default` policy, which Leptos's static view templates go through (tachys
/// sets a `<template>`'s `innerHTML` to them, where no named policy can be passed): it lets through
/// only what `core::template_html::allowed` says cannot run script, and refuses the rest. Only
/// for Lectern's own pages (index.html, embed.html), once, before the first view.
pub fn install_default_policy() {
    let Some(factory) = trusted_types() else {
        return;
    };
    let create_html = Closure::<dyn Fn(JsValue) -> JsValue>::new(|html: JsValue| match html.as_string() {
        Some(text) if template_html::allowed(&text) => html,
        _ => JsValue::NULL,
    });
    let rules = Object::new();
    if Reflect::set(&rules, &JsValue::from_str("createHTML"), create_html.as_ref()).is_err() {
        return;
    }
    let created = Reflect::get(&factory, &JsValue::from_str("createPolicy"))
        .ok()
        .and_then(|create| create.dyn_into::<Function>().ok())
        .and_then(|create| create.call2(&factory, &JsValue::from_str(DEFAULT_POLICY), &rules).ok());
    if created.is_some() {
        // The policy calls it for as long as the page lives.
        create_html.forget();
    }
}

/// `window.trustedTypes`, where the browser has Trusted Types.
fn trusted_types() -> Option<JsValue> {
    let window: JsValue = web_sys::window()?.into();
    let factory = Reflect::get(&window, &JsValue::from_str("trustedTypes")).ok()?;
    (!factory.is_undefined() && !factory.is_null()).then_some(factory)
}

/// `policy[method](argument)`.
fn call(policy: &JsValue, method: &str, argument: &JsValue) -> Option<JsValue> {
    let method = Reflect::get(policy, &JsValue::from_str(method)).ok()?.dyn_into::<Function>().ok()?;
    method.call1(policy, argument).ok()
}
