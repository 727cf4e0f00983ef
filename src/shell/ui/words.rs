//! Small pieces of language that views share: an article's own language and direction, and the
//! parts of a message around a parameter the view wraps in markup.
use crate::core::feed::{Feed, Item};
use crate::core::i18n::direction::{content_lang, dir};
use crate::core::i18n::{template, Form, Lang, Msg};

/// The `lang` (the item's, else the feed's) and `dir` of an item's title and text: "rtl" for a
/// language written right to left, "auto" when neither names a language.
pub fn content_language(item: &Item, feed: &Feed) -> (Option<String>, &'static str) {
    let tag = content_lang(item.language.as_deref(), feed.language.as_deref());
    (tag.map(str::to_owned), dir(tag))
}

/// The text of `msg` before and after its `{name}` parameter, for a view that puts markup there
/// ("By " and "" around the author's name in English); the whole template before when it lacks it.
pub fn around(lang: Lang, msg: Msg, name: &str) -> (&'static str, &'static str) {
    let template = template(lang, msg, Form::Other);
    let slot = format!("{{{name}}}");
    template.split_once(slot.as_str()).unwrap_or((template, ""))
}
