//! The browser's languages (`navigator.languages`) and its `Intl` date formatter: dates in the
//! reader's language at no Wasm cost. Nothing else in the shell touches these APIs. (Numbers are
//! grouped by core's messages, `core::i18n`, the way `Intl.NumberFormat` groups them.)
use wasm_bindgen::JsValue;

use crate::core::date::Date;
use crate::core::i18n::Lang;

/// The reader's languages, most wanted first; empty when the browser does not say.
pub fn browser_languages() -> Vec<String> {
    let navigator = leptos::prelude::window().navigator();
    let listed = js_sys::Reflect::get(&navigator, &"languages".into()).ok();
    let mut languages: Vec<String> = listed
        .filter(js_sys::Array::is_array)
        .map(|list| js_sys::Array::from(&list).iter().filter_map(|tag| tag.as_string()).collect())
        .unwrap_or_default();
    if languages.is_empty() {
        languages.extend(navigator.language());
    }
    languages
}

/// "Tuesday, November 26, 2024", "вівторок, 26 листопада 2024 р.": the date as the feed wrote it
/// (its calendar day, no time-zone conversion), long form, in `lang`. Core's English when the
/// browser has no `Intl` or refuses the date.
pub fn long_date(lang: Lang, date: &Date) -> String {
    let day = format!("{:04}-{:02}-{:02}T12:00:00Z", date.year, date.month, date.day);
    let moment = js_sys::Date::new(&JsValue::from_str(&day));
    if moment.get_time().is_nan() {
        return date.long();
    }
    let options = js_sys::Object::new();
    for (name, value) in
        [("weekday", "long"), ("year", "numeric"), ("month", "long"), ("day", "numeric"), ("timeZone", "UTC")]
    {
        let _ = js_sys::Reflect::set(&options, &name.into(), &value.into());
    }
    let locales = js_sys::Array::of1(&lang.tag().into());
    let format = js_sys::Intl::DateTimeFormat::new(&locales, &options);
    let formatted = format.format().call1(&format, &moment).ok().and_then(|text| text.as_string());
    formatted.filter(|text| !text.is_empty()).unwrap_or_else(|| date.long())
}
