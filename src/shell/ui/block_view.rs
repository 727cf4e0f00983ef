//! One article block as semantic HTML: the only place where blocks become elements.
use leptos::prelude::*;

use super::inlines::Inlines;
use crate::core::anchor::BlockKeys;
use crate::core::blocks::{Block, HeadingLevel, Table};

/// Renders a sequence of blocks.
#[component]
pub fn Blocks(
    /// Blocks already validated and URL-resolved by `core`.
    blocks: Vec<Block>,
) -> impl IntoView {
    blocks.into_iter().map(|block| block_view(block, BlockKeys::None)).collect_view()
}

/// Renders an article body: its top-level blocks, each unit with its key as `id`.
#[component]
pub fn KeyedBlocks(
    /// Blocks already validated and URL-resolved by `core`.
    blocks: Vec<Block>,
    /// `core::anchor::Anchors::blocks` of the same blocks, one entry per block.
    keys: Vec<BlockKeys>,
) -> impl IntoView {
    let keys = keys.into_iter().chain(std::iter::repeat(BlockKeys::None));
    blocks.into_iter().zip(keys).map(|(block, keys)| block_view(block, keys)).collect_view()
}

/// Renders one block; lists and quotes recurse (their depth is bounded by `core`).
fn block_view(block: Block, keys: BlockKeys) -> AnyView {
    let (id, item_ids) = match keys {
        BlockKeys::None => (None, Vec::new()),
        BlockKeys::One(key) => (Some(key), Vec::new()),
        BlockKeys::Items(keys) => (None, keys),
    };
    match block {
        Block::Paragraph(inlines) => view! { <p id=id><Inlines inlines/></p> }.into_any(),
        Block::Heading { level, inlines } => match level {
            HeadingLevel::H2 => view! { <h2 id=id><Inlines inlines/></h2> }.into_any(),
            HeadingLevel::H3 => view! { <h3 id=id><Inlines inlines/></h3> }.into_any(),
            HeadingLevel::H4 => view! { <h4 id=id><Inlines inlines/></h4> }.into_any(),
            HeadingLevel::H5 => view! { <h5 id=id><Inlines inlines/></h5> }.into_any(),
            HeadingLevel::H6 => view! { <h6 id=id><Inlines inlines/></h6> }.into_any(),
        },
        Block::List { start: None, items } => view! { <ul>{list_items(items, item_ids)}</ul> }.into_any(),
        Block::List { start: Some(start), items } => {
            // `start` is only written when it differs from 1, as hand-written HTML would.
            let start = (start != 1).then(|| start.to_string());
            view! { <ol start=start>{list_items(items, item_ids)}</ol> }.into_any()
        }
        Block::Quote { blocks, attribution } => view! {
            <blockquote id=id>
                <Blocks blocks/>
                {attribution.map(|inlines| view! { <footer><cite><Inlines inlines/></cite></footer> })}
            </blockquote>
        }
        .into_any(),
        Block::Code { language, text } => {
            // The language is the block's, as HTML means it (`class="language-…"` on the code),
            // never text inside it.
            let class = language.as_ref().map(|language| format!("language-{language}"));
            view! { <pre id=id tabindex="0" data-language=language><code class=class>{text}</code></pre> }.into_any()
        }
        Block::Image(image) => {
            let picture = view! { <img src=image.src alt=image.alt loading="lazy" decoding="async"/> };
            // A picture that linked somewhere keeps its link (checked by `core` like every URL).
            let picture = match image.link {
                Some(href) => view! { <a href=href rel="noopener noreferrer">{picture}</a> }.into_any(),
                None => picture.into_any(),
            };
            view! {
                <figure id=id>
                    {picture}
                    {image.title.map(|title| view! { <figcaption>{title}</figcaption> })}
                </figure>
            }
            .into_any()
        }
        Block::Rule => view! { <hr/> }.into_any(),
        Block::Table(Table { head, rows }) => view! {
            // Wide tables scroll on their own rather than widening the page.
            <div class="table-scroll" id=id tabindex="0">
                <table>
                    {head.map(|cells| view! { <thead><tr>{cells.into_iter().map(|inlines| view! { <th scope="col"><Inlines inlines/></th> }).collect_view()}</tr></thead> })}
                    <tbody>
                        {rows.into_iter().map(|cells| view! { <tr>{cells.into_iter().map(|inlines| view! { <td><Inlines inlines/></td> }).collect_view()}</tr> }).collect_view()}
                    </tbody>
                </table>
            </div>
        }
        .into_any(),
    }
}

fn list_items(items: Vec<Vec<Block>>, ids: Vec<String>) -> impl IntoView {
    let ids = ids.into_iter().map(Some).chain(std::iter::repeat(None));
    items.into_iter().zip(ids).map(|(blocks, id)| view! { <li id=id><Blocks blocks/></li> }).collect_view()
}
