//! The clock: milliseconds since the Unix epoch, from the browser's `Date.now()`.

/// Milliseconds since the Unix epoch.
pub fn now() -> u64 {
    // Date.now() is a whole, positive number of milliseconds well inside u64.
    js_sys::Date::now().max(0.0) as u64
}
