//! Browser tests for shell components that need a DOM but not the whole app (wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use leptos::task::tick;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

use lectern::core::blocks::{Block, HeadingLevel, Inline};
use lectern::core::route::Route;
use lectern::shell::alert::ErrorAlert;
use lectern::shell::navigation::router::{provide_memory_router, use_router, RouteLink};
use lectern::shell::ui::block_view::Blocks;

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh element in the document to mount one test's view into.
fn container() -> web_sys::HtmlElement {
    let element = document().create_element("div").expect("a div can be created");
    document().body().expect("the test page has a body").append_child(&element).expect("append");
    element.unchecked_into()
}

fn text(value: &str) -> Vec<Inline> {
    vec![Inline::Text(value.to_owned())]
}

#[wasm_bindgen_test]
async fn error_alert_has_role_alert_and_its_message() {
    let root = container();
    let _handle = mount_to(root.clone(), || view! { <ErrorAlert message="The feed server answered 404."/> });
    tick().await;
    let alert = root.query_selector("[role=alert]").unwrap().expect("an alert");
    assert_eq!(alert.text_content().unwrap(), "The feed server answered 404.");
    assert!(root.query_selector("button").unwrap().is_none(), "no retry without a callback");
}

#[wasm_bindgen_test]
async fn error_alert_retry_button_calls_back() {
    let root = container();
    let clicks = RwSignal::new(0);
    let retry = Callback::new(move |()| clicks.update(|n| *n += 1));
    let _handle = mount_to(root.clone(), move || view! { <ErrorAlert message="Timed out." retry=Some(retry)/> });
    tick().await;
    let button: web_sys::HtmlElement = root.query_selector("button").unwrap().expect("a retry button").unchecked_into();
    button.click();
    assert_eq!(clicks.get_untracked(), 1);
}

#[wasm_bindgen_test]
async fn blocks_render_as_semantic_html() {
    let root = container();
    let blocks = vec![
        Block::Heading { level: HeadingLevel::H2, inlines: text("Section") },
        Block::Heading { level: HeadingLevel::H3, inlines: text("Sub") },
        Block::Paragraph(vec![Inline::Strong(text("Term:")), Inline::Text(" text".to_owned())]),
        Block::List {
            start: None,
            items: vec![vec![Block::Paragraph(text("one"))], vec![Block::Paragraph(text("two"))]],
        },
        Block::List { start: Some(3), items: vec![vec![Block::Paragraph(text("three"))]] },
        Block::Quote { blocks: vec![Block::Paragraph(text("Words."))], attribution: Some(text("Speaker")) },
    ];
    let _handle = mount_to(root.clone(), move || view! { <Blocks blocks/> });
    tick().await;
    // Leptos marks dynamic children with empty comments; the elements are what matter here.
    let html = root.inner_html().replace("<!---->", "");
    for expected in [
        "<h2>Section</h2>",
        "<h3>Sub</h3>",
        "<p><strong>Term:</strong> text</p>",
        "<ul><li><p>one</p></li><li><p>two</p></li></ul>",
        "<ol start=\"3\"><li><p>three</p></li></ol>",
        "<blockquote><p>Words.</p><footer><cite>Speaker</cite></footer></blockquote>",
    ] {
        assert!(html.contains(expected), "{expected} missing from {html}");
    }
}

#[wasm_bindgen_test]
async fn text_that_looks_like_markup_stays_text() {
    let root = container();
    let blocks = vec![Block::Paragraph(text("<img src=x onerror=alert(1)>"))];
    let _handle = mount_to(root.clone(), move || view! { <Blocks blocks/> });
    tick().await;
    assert!(root.query_selector("img").unwrap().is_none());
    assert_eq!(root.text_content().unwrap(), "<img src=x onerror=alert(1)>");
}

#[wasm_bindgen_test]
async fn route_link_has_a_real_href_and_navigates_in_memory() {
    let root = container();
    let current = RwSignal::new(Route::default());
    let _handle = mount_to(root.clone(), move || {
        provide_memory_router(Route::default());
        let router = use_router();
        Effect::new(move |_| current.set(router.route().get()));
        view! { <RouteLink route=Route::default().with_article("a b")>"Open"</RouteLink> }
    });
    tick().await;
    let link: web_sys::HtmlElement = root.query_selector("a").unwrap().expect("a link").unchecked_into();
    assert_eq!(link.get_attribute("href").as_deref(), Some("?article=a%20b"));
    link.click();
    tick().await;
    assert_eq!(current.get_untracked().article.as_deref(), Some("a b"));
}

#[wasm_bindgen_test]
fn feed_urls_resolve_against_the_page_and_refuse_other_schemes() {
    use lectern::shell::feed::load::{absolute_feed_url, LoadError};
    let page = window().location().href().expect("the test page has an address");
    let resolved = absolute_feed_url("feeds/one.json").expect("a relative feed URL resolves");
    assert!(resolved.starts_with("http") && resolved.ends_with("/feeds/one.json"), "{resolved} from {page}");
    assert_eq!(absolute_feed_url("https://x.example/f.json").as_deref(), Ok("https://x.example/f.json"));
    for bad in ["javascript:alert(1)", "data:application/json,{}", "file:///etc/passwd"] {
        assert_eq!(absolute_feed_url(bad), Err(LoadError::BadUrl(bad.to_owned())), "{bad}");
    }
}

#[wasm_bindgen_test]
fn only_transient_failures_offer_a_retry() {
    use lectern::core::feed::FeedError;
    use lectern::shell::feed::load::LoadError;
    assert!(LoadError::Network.retryable());
    assert!(LoadError::Timeout.retryable());
    assert!(LoadError::Http { status: 503 }.retryable());
    assert!(LoadError::Http { status: 429 }.retryable());
    assert!(!LoadError::Http { status: 404 }.retryable());
    assert!(!LoadError::Feed(FeedError::NoItems).retryable());
    assert_eq!(LoadError::Http { status: 404 }.to_string(), "The feed server answered 404 (not found).");
}

#[wasm_bindgen_test]
async fn meta_line_puts_the_date_in_a_time_element() {
    use lectern::shell::ui::meta_line::MetaLine;
    let root = container();
    let published = lectern::core::date::parse("2024-11-26T09:00:00+01:00");
    let _handle = mount_to(root.clone(), move || view! { <MetaLine published minutes=4/> });
    tick().await;
    let time = root.query_selector("time").unwrap().expect("a time element");
    assert_eq!(time.get_attribute("datetime").as_deref(), Some("2024-11-26T09:00:00+01:00"));
    assert_eq!(time.text_content().as_deref(), Some("Tuesday, November 26, 2024"));
    assert!(root.text_content().unwrap_or_default().contains("4 min read"));
}

#[wasm_bindgen_test]
fn storage_reads_and_writes_only_lectern_keys() {
    use lectern::shell::platform::storage::{read_prefixed, remove, write};
    let raw = window().local_storage().unwrap().expect("the test page has localStorage");
    raw.set_item("someone-else", "theirs").unwrap();
    write("lectern:test:a", "1").expect("a write");
    write("someone-else", "mine").expect("silently refused");
    remove("someone-else").expect("silently refused");
    assert_eq!(raw.get_item("someone-else").unwrap().as_deref(), Some("theirs"));
    let entries = read_prefixed("lectern:test:").expect("a read");
    assert_eq!(entries, vec![("lectern:test:a".to_owned(), "1".to_owned())]);
    remove("lectern:test:a").unwrap();
    assert!(read_prefixed("lectern:test:").unwrap().is_empty());
    raw.remove_item("someone-else").unwrap();
}

#[wasm_bindgen_test]
fn dom_parser_walk_keeps_only_allowed_attributes_and_drops_scripts() {
    use lectern::core::html_policy::{Element, Node};
    use lectern::shell::platform::html_dom::parse_html;
    let nodes = parse_html(
        r#"<p class="x" onclick="y()">a<script>bad()</script><b>b</b><p>c<img data-src="d.jpg" src="s.gif" alt="z" onerror="e()">"#,
    );
    let element = |node: &Node| match node {
        Node::Element(element) => element.clone(),
        Node::Text(text) => panic!("expected an element, found text {text:?}"),
    };
    assert_eq!(nodes.len(), 2, "{nodes:?}");
    let first: Element = element(&nodes[0]);
    assert_eq!(first.name, "p");
    assert_eq!(first.attributes, vec![("class".to_owned(), "x".to_owned())]);
    assert_eq!(first.children.len(), 2, "the script is gone: {:?}", first.children);
    let image = element(&element(&nodes[1]).children[1]);
    assert_eq!(image.name, "img");
    let names: Vec<&str> = image.attributes.iter().map(|(name, _)| name.as_str()).collect();
    assert_eq!(names, ["src", "alt", "data-src"]);
}

#[wasm_bindgen_test]
fn opml_is_read_by_the_browsers_xml_parser() {
    use lectern::shell::platform::xml_dom::{outlines, OpmlDomError};
    let read = outlines(
        r#"<?xml version="1.0"?><opml version="2.0"><head/><body>
        <outline text="Tech"><outline text="A &amp; B" xmlurl="https://a.example/f.json" type="RSS"/></outline>
        <outline TEXT="c" XMLURL="https://c.example/f.json"/><outline text="note" isComment="true"/></body></opml>"#,
    )
    .unwrap();
    let summary: Vec<String> =
        read.iter().map(|o| format!("{:?} {:?} {:?} {:?}", o.text, o.xml_url, o.kind, o.category_path)).collect();
    assert_eq!(
        summary,
        [
            r#"Some("A & B") Some("https://a.example/f.json") Some("RSS") ["Tech"]"#,
            r#"Some("c") Some("https://c.example/f.json") None []"#,
        ]
    );
    assert_eq!(outlines("<opml><body><outline></body></opml>"), Err(OpmlDomError::NotXml));
    assert_eq!(outlines("not xml at all"), Err(OpmlDomError::NotXml));
    assert_eq!(outlines(r#"<rss version="2.0"><channel/></rss>"#), Err(OpmlDomError::NotOpml));
}

#[wasm_bindgen_test]
fn opml_nested_ten_thousand_deep_neither_panics_nor_recurses() {
    use lectern::shell::platform::xml_dom::{outlines, OpmlDomError};
    let depth = 10_000;
    let text = format!(
        r#"<opml version="2.0"><body>{}<outline text="deep" xmlUrl="https://deep.example/f.json"/>{}</body></opml>"#,
        "<outline text=\"level\">".repeat(depth),
        "</outline>".repeat(depth)
    );
    // Chromium's XML parser refuses such depth itself (a `<parsererror>`: NotXml); another browser
    // may parse it, and then core's iterative walk reads it. Either way, an answer, not a crash.
    match outlines(&text) {
        Ok(read) => assert_eq!(read.len(), 1),
        Err(error) => assert_eq!(error, OpmlDomError::NotXml),
    }
}
