//! Wasm entry point: installs the panic hook and mounts the app. Nothing else.
#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(lectern::shell::App);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Lectern runs in the browser: build it with `trunk build --release` (see README.md).");
}
