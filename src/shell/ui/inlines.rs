//! Text-level content (emphasis, links, code, inline images) as HTML elements.
use leptos::prelude::*;

use crate::core::blocks::Inline;

/// Renders a run of inlines; emphasis and links recurse.
#[component]
pub fn Inlines(
    /// Inlines whose URLs `core` has already resolved and checked.
    inlines: Vec<Inline>,
) -> impl IntoView {
    inlines.into_iter().map(inline_view).collect_view()
}

fn inline_view(inline: Inline) -> AnyView {
    match inline {
        Inline::Text(text) => text.into_any(),
        Inline::Emphasis(inlines) => view! { <em><Inlines inlines/></em> }.into_any(),
        Inline::Strong(inlines) => view! { <strong><Inlines inlines/></strong> }.into_any(),
        Inline::Strikethrough(inlines) => view! { <del><Inlines inlines/></del> }.into_any(),
        Inline::Subscript(inlines) => view! { <sub><Inlines inlines/></sub> }.into_any(),
        Inline::Superscript(inlines) => view! { <sup><Inlines inlines/></sup> }.into_any(),
        Inline::Code(code) => view! { <code>{code}</code> }.into_any(),
        Inline::Link { href, children } => {
            view! { <a href=href rel="noopener noreferrer"><Inlines inlines=children/></a> }.into_any()
        }
        Inline::Image(image) => {
            let picture =
                view! { <img src=image.src alt=image.alt title=image.title loading="lazy" decoding="async"/> };
            match image.link {
                Some(href) => view! { <a href=href rel="noopener noreferrer">{picture}</a> }.into_any(),
                None => picture.into_any(),
            }
        }
        Inline::LineBreak => view! { <br/> }.into_any(),
    }
}
