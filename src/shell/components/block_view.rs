//! One article block as semantic HTML: the only place where blocks become elements.
use leptos::prelude::*;

use super::inlines::Inlines;
use crate::core::blocks::{Block, HeadingLevel};

/// Renders a sequence of blocks.
#[component]
pub fn Blocks(
    /// Blocks already validated and URL-resolved by `core`.
    blocks: Vec<Block>,
) -> impl IntoView {
    blocks.into_iter().map(block_view).collect_view()
}

/// Renders one block; lists and quotes recurse (their depth is bounded by `core`).
fn block_view(block: Block) -> AnyView {
    match block {
        Block::Paragraph(inlines) => view! { <p><Inlines inlines/></p> }.into_any(),
        Block::Heading { level, inlines } => match level {
            HeadingLevel::H2 => view! { <h2><Inlines inlines/></h2> }.into_any(),
            HeadingLevel::H3 => view! { <h3><Inlines inlines/></h3> }.into_any(),
            HeadingLevel::H4 => view! { <h4><Inlines inlines/></h4> }.into_any(),
            HeadingLevel::H5 => view! { <h5><Inlines inlines/></h5> }.into_any(),
            HeadingLevel::H6 => view! { <h6><Inlines inlines/></h6> }.into_any(),
        },
        Block::List { start: None, items } => view! { <ul>{list_items(items)}</ul> }.into_any(),
        Block::List { start: Some(start), items } => {
            // `start` is only written when it differs from 1, as hand-written HTML would.
            let start = (start != 1).then(|| start.to_string());
            view! { <ol start=start>{list_items(items)}</ol> }.into_any()
        }
        Block::Quote { blocks, attribution } => view! {
            <blockquote>
                <Blocks blocks/>
                {attribution.map(|inlines| view! { <footer><cite><Inlines inlines/></cite></footer> })}
            </blockquote>
        }
        .into_any(),
        Block::Code { language, text } => {
            let class = language.map(|language| format!("language-{language}"));
            view! { <pre tabindex="0"><code class=class>{text}</code></pre> }.into_any()
        }
        Block::Image(image) => view! {
            <figure>
                <img src=image.src alt=image.alt loading="lazy" decoding="async"/>
                {image.title.map(|title| view! { <figcaption>{title}</figcaption> })}
            </figure>
        }
        .into_any(),
        Block::Rule => view! { <hr/> }.into_any(),
    }
}

fn list_items(items: Vec<Vec<Block>>) -> impl IntoView {
    items
        .into_iter()
        .map(|blocks| view! { <li><Blocks blocks/></li> })
        .collect_view()
}
