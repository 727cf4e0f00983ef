//! Files in and out: offering text as a download (a Blob, an object URL, a click on a detached
//! link), and reading the file a reader chose in an `<input type="file">`.
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The file chosen in the file input that fired `event`, if any. The input is emptied, so choosing
/// the same file again fires `change` again.
pub fn chosen_file(event: &leptos::ev::Event) -> Option<web_sys::File> {
    let input = event.target()?.dyn_into::<web_sys::HtmlInputElement>().ok()?;
    let file = input.files()?.get(0)?;
    input.set_value("");
    Some(file)
}

/// The text of `file`; `None` when the browser could not read it.
pub async fn file_text(file: web_sys::File) -> Option<String> {
    wasm_bindgen_futures::JsFuture::from(file.text()).await.ok()?.as_string()
}

/// Offers `contents` as a file called `name` of type `mime`. False when the browser refused.
pub fn download(name: &str, mime: &str, contents: &str) -> bool {
    let parts = js_sys::Array::of1(&contents.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let Some(link) =
        document().create_element("a").ok().and_then(|element| element.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    else {
        return false;
    };
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // The download reads the blob after this task; free it a moment later.
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(1),
    );
    true
}
