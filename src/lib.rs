//! Lectern: a platform-independent reading core and, on wasm32, the browser shell around it.
pub mod core;
#[cfg(target_arch = "wasm32")]
pub mod shell;
