//! An item's attachments: a player for audio and video (never autoplaying, nothing loaded until
//! asked), and a plain link with type, size and length for every file.
use leptos::prelude::*;

use crate::core::feed::Attachment;
use crate::core::i18n::{format as words_format, Msg};
use crate::shell::words::use_words;

/// The attachments of an article, after its body; nothing when it has none.
#[component]
pub fn Attachments(attachments: Vec<Attachment>) -> impl IntoView {
    (!attachments.is_empty()).then(|| {
        let items = attachments
            .into_iter()
            .map(|attachment| {
                let details = words_format::attachment_details(use_words().lang_untracked(), &attachment);
                let name = attachment.title.clone().unwrap_or_else(|| file_name(&attachment.url));
                let player = match attachment.media() {
                    Some("audio") => {
                        Some(view! { <audio controls preload="none" src=attachment.url.clone()></audio> }.into_any())
                    }
                    Some(_) => {
                        Some(view! { <video controls preload="none" src=attachment.url.clone()></video> }.into_any())
                    }
                    None => None,
                };
                view! {
                    <li class="attachment">
                        {player}
                        <p>
                            <a href=attachment.url rel="noopener noreferrer" type=attachment.mime_type>{name}</a>
                            <span class="attachment-details">{details}</span>
                        </p>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="attachments" role="list" aria-label=use_words().of(Msg::Attachments)>{items}</ul> }
    })
}

/// The last path segment of a URL, for an attachment without a title.
fn file_name(url: &str) -> String {
    let path = url.split(['?', '#']).next().unwrap_or(url);
    path.rsplit('/').find(|segment| !segment.is_empty()).unwrap_or(path).to_owned()
}
