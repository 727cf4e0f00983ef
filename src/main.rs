//! Wasm entry point: installs the panic hook and starts what the page asks for. Nothing else.
#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    lectern::shell::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Lectern runs in the browser: build it with `trunk build --release` (see README.md).");
}
