//! Browser tests for shell components that need a DOM but not the whole app (wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use leptos::task::tick;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

use lectern::core::blocks::{Block, HeadingLevel, Inline};
use lectern::core::body_markup;
use lectern::core::route::Route;
use lectern::shell::alert::ErrorAlert;
use lectern::shell::navigation::router::{provide_memory_router, use_router, RouteLink};
use lectern::shell::platform::body_html;

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

/// A fresh container holding `blocks` as the article page puts them: written by
/// `core::body_markup`, inserted once through `platform::body_html`'s Trusted Types policy.
fn inserted(blocks: &[Block]) -> web_sys::HtmlElement {
    let root = container();
    body_html::insert(&root, body_markup::write(blocks, &[]));
    root
}

#[wasm_bindgen_test]
fn blocks_are_inserted_as_semantic_html() {
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
    let html = inserted(&blocks).inner_html();
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
fn text_that_looks_like_markup_stays_text() {
    let payload = "<img src=x onerror=alert(1)><script>alert(2)</script>";
    let root = inserted(&[Block::Paragraph(text(payload)), Block::Code { language: None, text: payload.to_owned() }]);
    assert!(root.query_selector("img, script").unwrap().is_none());
    assert_eq!(root.text_content().unwrap(), payload.repeat(2));
}

#[wasm_bindgen_test]
fn the_body_goes_in_through_one_trusted_types_policy() {
    use wasm_bindgen::JsValue;
    inserted(&[Block::Paragraph(text("once"))]);
    let factory = js_sys::Reflect::get(&window(), &JsValue::from_str("trustedTypes")).unwrap();
    if factory.is_undefined() {
        return; // A browser without Trusted Types: the escaped string went in as it is.
    }
    // The policy's script URL rule vouches for the worker's URL alone.
    let url = body_html::worker_url();
    assert!(!url.is_string(), "a TrustedScriptURL, not a string");
    assert_eq!(js_sys::JSON::stringify(&url).ok().and_then(|json| json.as_string()).as_deref(), Some("\"sw.js\""));
    // Inserting again (another article) reuses the policy: a second `createPolicy` would be refused.
    let element = document().create_element("p").unwrap();
    body_html::insert(&element, "<em>x</em>".to_owned());
    assert_eq!(element.inner_html(), "<em>x</em>");
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
    assert!(LoadError::Timeout { seconds: 15 }.retryable());
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

#[wasm_bindgen_test]
fn bytes_are_decoded_by_the_label_sniffed() {
    use lectern::core::sniff::encoding;
    use lectern::shell::platform::fetch::decode;
    let latin1 = b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><channel><title>F\xf6rderung</title>";
    let text = decode(latin1, &encoding(latin1, None));
    assert!(text.contains("F\u{f6}rderung"), "{text}");
    // A label the browser does not know falls back to UTF-8.
    assert_eq!(decode("caf\u{e9}".as_bytes(), "no-such-encoding"), "caf\u{e9}");
}

/// A page of a paginated feed for the pager tests: `items` ids, then `next` if given.
fn feed_page(url: &str, items: &[&str], next: Option<&str>) -> std::sync::Arc<lectern::core::feed::Feed> {
    let items: Vec<String> = items.iter().map(|id| format!(r#"{{"id":"{id}","content_text":"x"}}"#)).collect();
    let next = next.map(|next| format!(r#","next_url":"{next}""#)).unwrap_or_default();
    let text =
        format!(r#"{{"version":"https://jsonfeed.org/version/1.1","title":"P","items":[{}]{next}}}"#, items.join(","));
    std::sync::Arc::new(lectern::core::feed::parse(&text, url).expect("a test page parses"))
}

#[wasm_bindgen_test]
async fn the_pager_follows_next_url_pages_up_to_its_bound_and_retries_a_failed_page() {
    use lectern::shell::feed::load::LoadError;
    use lectern::shell::feed::pager::Pager;
    let site = "https://feeds.example/p";
    let pages = |url: &str| match url {
        "https://feeds.example/p2" => Ok(feed_page(url, &["b"], Some("https://feeds.example/p3"))),
        "https://feeds.example/p3" => Ok(feed_page(url, &["c"], Some("https://feeds.example/p4"))),
        "https://feeds.example/p4" => Ok(feed_page(url, &["d"], None)),
        _ => Err(LoadError::Http { status: 404 }),
    };
    let first = feed_page(site, &["a"], Some("https://feeds.example/p2"));
    // Unbounded: every page, in order, then nothing more.
    let mut pager = Pager::after(&first, 0, usize::MAX);
    let mut seen = Vec::new();
    while let Some(page) = pager.load_next_with(|url| async move { pages(&url) }).await {
        let (url, page) = page.expect("every page loads");
        seen.push((url, page.items[0].id.clone()));
    }
    let ids: Vec<&str> = seen.iter().map(|(_, id)| id.as_str()).collect();
    assert_eq!(ids, ["b", "c", "d"]);
    assert_eq!(seen[0].0, "https://feeds.example/p2");
    // Bounded at two pages in all, the first counted: one more page, then nothing.
    let mut bounded = Pager::after(&first, 1, 2);
    assert!(bounded.load_next_with(|url| async move { pages(&url) }).await.is_some());
    assert!(bounded.load_next_with(|url| async move { pages(&url) }).await.is_none());
    // Continuing after pages already loaded starts after the last of them.
    let loaded = vec![feed_page("https://feeds.example/p2", &["b"], Some("https://feeds.example/p3"))];
    assert_eq!(Pager::continuing(&first, &loaded, usize::MAX).next_url(), Some("https://feeds.example/p3"));
    // A failed page is reported, and the pager stays on it: trying again retries it.
    let mut failing = Pager::after(&feed_page(site, &["a"], Some("https://feeds.example/gone")), 0, usize::MAX);
    let failed = failing.load_next_with(|url| async move { pages(&url) }).await;
    assert!(matches!(failed, Some(Err(LoadError::Http { status: 404 }))));
    assert_eq!(failing.next_url(), Some("https://feeds.example/gone"));
}

#[wasm_bindgen_test]
fn library_row_actions_and_worker_messages_parse_in_one_place() {
    use lectern::core::worker_messages::WorkerMessage;
    use lectern::shell::library::list::RowAction;
    for action in RowAction::ALL {
        assert_eq!(RowAction::parse(action.as_str()), Some(action));
    }
    for unknown in ["", "Remove", "delete", "up ", "rename()"] {
        assert_eq!(RowAction::parse(unknown), None, "{unknown:?}");
    }
    for message in WorkerMessage::ALL {
        assert_eq!(WorkerMessage::parse(message.as_str()), Some(message));
    }
    assert_eq!(WorkerMessage::parse("skipWaiting"), None);
}

/// A value kept under a test key, for the stored-state tests.
#[derive(Clone, Debug, PartialEq)]
struct Counter(u32);

impl lectern::shell::stored::Schema for Counter {
    const KEY: &'static str = "lectern:test:counter";
    fn decode(stored: &str) -> Result<Self, lectern::shell::stored::Unreadable> {
        use lectern::shell::stored::Unreadable;
        match stored.strip_prefix("v1:") {
            Some(number) => number.parse().map(Counter).map_err(|_| Unreadable::Corrupt),
            None if stored.starts_with("v9:") => Err(Unreadable::Newer),
            None => Err(Unreadable::Corrupt),
        }
    }
    fn encode(&self) -> String {
        format!("v1:{}", self.0)
    }
}

/// Runs `script` in the page (the test runner's page has no CSP).
fn run_js(script: &str) {
    js_sys::Function::new_no_args(script).call0(&wasm_bindgen::JsValue::NULL).expect("the script runs");
}

fn raw_storage() -> web_sys::Storage {
    window().local_storage().unwrap().expect("the test page has localStorage")
}

/// Loads a `Stored<Counter>` (fallback 0), adds one, and returns the value in memory and the fault.
fn load_and_add_one() -> (u32, Option<lectern::shell::stored::Fault>) {
    use lectern::shell::stored::{Keeper, Stored};
    let owner = Owner::new();
    owner.with(|| {
        let stored = Stored::<Counter>::load(Keeper::new(), || Counter(0));
        stored.update(|counter| {
            counter.0 += 1;
            (true, ())
        });
        (stored.value().get_untracked().0, stored.keeper().fault().get_untracked())
    })
}

#[wasm_bindgen_test]
fn stored_state_reads_writes_and_says_each_storage_fault_once() {
    use lectern::shell::stored::Fault;
    let raw = raw_storage();
    // Healthy storage: read, changed, written through.
    raw.set_item(Counter::KEY_FOR_TESTS, "v1:41").unwrap();
    assert_eq!(load_and_add_one(), (42, None));
    assert_eq!(raw.get_item(Counter::KEY_FOR_TESTS).unwrap().as_deref(), Some("v1:42"));
    // Unreadable: a fresh value, said once; replaced by the next write.
    raw.set_item(Counter::KEY_FOR_TESTS, "garbage").unwrap();
    assert_eq!(load_and_add_one(), (1, Some(Fault::Unreadable)));
    // A newer Lectern's value: kept in memory only, never written over.
    raw.set_item(Counter::KEY_FOR_TESTS, "v9:7").unwrap();
    assert_eq!(load_and_add_one(), (1, Some(Fault::Newer)));
    assert_eq!(raw.get_item(Counter::KEY_FOR_TESTS).unwrap().as_deref(), Some("v9:7"));
    raw.set_item(Counter::KEY_FOR_TESTS, "v1:5").unwrap();

    // Fault 1: localStorage is null. The value lives in memory; the reader is told.
    // `localStorage` is the window's own property (Window is the global): its descriptor is kept
    // and put back after each fault.
    run_js("window.__storage = Object.getOwnPropertyDescriptor(window, 'localStorage') || Object.getOwnPropertyDescriptor(Window.prototype, 'localStorage');");
    let restore = "Object.defineProperty(window, 'localStorage', window.__storage);";
    run_js("Object.defineProperty(window, 'localStorage', { configurable: true, get() { return null; } });");
    assert_eq!(load_and_add_one(), (1, Some(Fault::Blocked)));
    run_js(restore);
    // Fault 2: reading localStorage throws (a sandboxed frame, blocked cookies).
    run_js(
        "Object.defineProperty(window, 'localStorage', { configurable: true, get() { throw new DOMException('no', 'SecurityError'); } });",
    );
    assert_eq!(load_and_add_one(), (1, Some(Fault::Blocked)));
    run_js(restore);
    run_js("delete window.__storage;");
    // Fault 3: setItem throws (storage full): read fine, the change kept in memory, said as Full.
    run_js(
        "window.__setItem = Storage.prototype.setItem; Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };",
    );
    assert_eq!(load_and_add_one(), (6, Some(Fault::Full)));
    run_js("Storage.prototype.setItem = window.__setItem; delete window.__setItem;");
    // Nothing stored was lost to any of the faults.
    assert_eq!(raw.get_item(Counter::KEY_FOR_TESTS).unwrap().as_deref(), Some("v1:5"));
    raw.remove_item(Counter::KEY_FOR_TESTS).unwrap();
}

impl Counter {
    const KEY_FOR_TESTS: &'static str = <Counter as lectern::shell::stored::Schema>::KEY;
}

#[wasm_bindgen_test]
fn every_command_reaches_subscribers_at_once_and_a_gone_owner_hears_none() {
    use lectern::core::shortcuts::Command;
    use lectern::shell::navigation::commands::provide_commands;

    let owner = Owner::new();
    owner.with(|| {
        let commands = provide_commands();
        let heard = RwSignal::new(Vec::new());
        let screen = Owner::new();
        screen.with(|| commands.subscribe(move |command| heard.update(|heard| heard.push(command))));
        // Two presses before any effect could run: both arrive, in order, synchronously.
        commands.send(Command::NextSection);
        commands.send(Command::NextSection);
        commands.send(Command::PreviousArticle);
        assert_eq!(heard.get_untracked(), [Command::NextSection, Command::NextSection, Command::PreviousArticle]);
        // The screen that subscribed is gone: what is sent next reaches no one.
        screen.cleanup();
        commands.send(Command::NextSection);
        assert_eq!(heard.get_untracked().len(), 3);
    });
}
