//! The kept feeds, in the reader's order: each a link to its list with its icon, article count,
//! how many are started and how many are new; rename, move up or down, and remove with Undo.
//!
//! Built lean on purpose: the rows are one reactive view over one memo of what they show, and
//! their buttons and rename fields are handled by one listener each on the list (they say what
//! they do in `data-action` and whose they are in the row's `data-url`). Every closure that
//! renders is its own generic instance in the Wasm; a keyed `<For>` with separate reactive pieces
//! in each row cost 12 KB more code before wasm-opt (docs/BENCHMARKS.md, "Weight gate").
use leptos::ev;
use leptos::html::Ul;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::history::Status;
use crate::core::i18n::{Arg, Lang, Msg};
use crate::core::library::{normalize, Entry, Removed};
use crate::core::route::Route;
use crate::shell::history::state::use_reading_history;
use crate::shell::library::state::{Checked, FeedLibrary};
use crate::shell::navigation::router::RouteLink;
use crate::shell::words::use_words;

/// What a row's button (or the Undo, or a key in the rename field) asks for, as written in its
/// `data-action`. Parsed in one place: an unknown value is no action at all.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowAction {
    Rename,
    Save,
    Cancel,
    Up,
    Down,
    Remove,
    Undo,
}

impl RowAction {
    pub const ALL: [RowAction; 7] = [
        RowAction::Rename,
        RowAction::Save,
        RowAction::Cancel,
        RowAction::Up,
        RowAction::Down,
        RowAction::Remove,
        RowAction::Undo,
    ];

    /// The `data-action` value.
    pub fn as_str(self) -> &'static str {
        match self {
            RowAction::Rename => "rename",
            RowAction::Save => "save",
            RowAction::Cancel => "cancel",
            RowAction::Up => "up",
            RowAction::Down => "down",
            RowAction::Remove => "remove",
            RowAction::Undo => "undo",
        }
    }

    pub fn parse(value: &str) -> Option<RowAction> {
        RowAction::ALL.into_iter().find(|action| action.as_str() == value)
    }
}

/// What one row shows.
#[derive(Clone, Debug, PartialEq)]
struct Row {
    url: String,
    name: String,
    icon: Option<String>,
    meta: String,
    first: bool,
    last: bool,
}

/// The list's state, shared by its listeners.
#[derive(Clone, Copy)]
struct List {
    feeds: FeedLibrary,
    removed: RwSignal<Option<Removed>>,
    renaming: RwSignal<Option<String>>,
    node: NodeRef<Ul>,
}

/// Every kept feed, with what was last removed and a way to put it back. While not `visible`, it
/// follows nothing (the reading history saves every second while an article is read).
#[component]
pub fn LibraryList(feeds: FeedLibrary, visible: Signal<bool>) -> impl IntoView {
    let history = use_reading_history().history();
    // The normalised feed of every started article (at most the history's 1,000), counted by
    // each row: a scan, since a sorted or hashed index would cost more Wasm than it saves time.
    let started = Memo::new(move |_| {
        if !visible.get() {
            return Vec::new();
        }
        history.with(|history| {
            history
                .records()
                .into_iter()
                .filter(|record| matches!(record.status(), Status::Reading(_)))
                .filter_map(|record| normalize(&record.feed))
                .collect::<Vec<String>>()
        })
    });
    let list = List { feeds, removed: RwSignal::new(None), renaming: RwSignal::new(None), node: NodeRef::new() };
    let on_click = move |event: ev::MouseEvent| {
        if let Some((action, url)) = target_action(&event) {
            act(list, action, url);
        }
    };
    // Enter saves and Escape cancels a rename, as a form would (the page holds no `<form>` of its
    // own: the hostile-feed audit proves that none reaches the page from a feed).
    let on_key = move |event: ev::KeyboardEvent| {
        let action = match event.key().as_str() {
            "Enter" => RowAction::Save,
            "Escape" => RowAction::Cancel,
            _ => return,
        };
        if let Some(url) = list.renaming.get_untracked() {
            event.prevent_default();
            act(list, action, url);
        }
    };
    let words = use_words();
    let status = move || {
        if let Some(gone) = list.removed.get() {
            Some(view! {
                <p class="library-status" role="status">
                    {words.t(Msg::RemovedFeed, &[("name", Arg::Text(gone.entry.display_name()))])} " "
                    <button type="button" class="link-button" on:click=move |_| act(list, RowAction::Undo, String::new())>{words.text(Msg::Undo)}</button>
                </p>
            }.into_any())
        } else if feeds.get().with(|library| library.is_empty()) {
            Some(view! { <p class="library-empty">{words.text(Msg::LibraryEmpty)}</p> }.into_any())
        } else {
            None
        }
    };
    // One memo of every row: the list is redrawn in place (rows patched, not replaced), so a
    // check finishing elsewhere leaves a rename being typed, and the focus, where they are.
    let rows = Memo::new(move |_| {
        feeds.get().with(|library| {
            let len = library.len();
            library
                .feeds()
                .iter()
                .enumerate()
                .map(|(at, entry)| row(feeds, entry, at, len, started, words.lang()))
                .collect::<Vec<_>>()
        })
    });
    view! {
        {status}
        <ul class="library-feeds" role="list" node_ref=list.node on:click=on_click on:keydown=on_key>
            {move || rows.get().into_iter().map(|row| row_view(row, list.renaming, words.lang_untracked())).collect_view()}
        </ul>
    }
}

/// Does what a row's button (or the Undo) asks, then puts the focus where the reader expects it.
fn act(list: List, action: RowAction, url: String) {
    let List { feeds, removed, renaming, node } = list;
    match action {
        RowAction::Rename => {
            renaming.set(Some(url.clone()));
            after_render(node, url, "input", None);
        }
        RowAction::Save => {
            if let Some(input) = row_of(node, &url).and_then(|row| row.query_selector("input").ok().flatten()) {
                if let Some(input) = input.dyn_ref::<web_sys::HtmlInputElement>() {
                    feeds.rename(&url, &input.value());
                }
            }
            act(list, RowAction::Cancel, url);
        }
        RowAction::Cancel => {
            renaming.set(None);
            after_render(node, url, "[data-action=rename]", None);
        }
        // The row was redrawn: focus returns to the button, or to the other one when this end of
        // the list disabled it.
        RowAction::Up => {
            feeds.move_up(&url);
            after_render(node, url, "[data-action=up]:enabled", Some("[data-action=down]"));
        }
        RowAction::Down => {
            feeds.move_down(&url);
            after_render(node, url, "[data-action=down]:enabled", Some("[data-action=up]"));
        }
        RowAction::Remove => {
            if let Some(gone) = feeds.remove(&url) {
                removed.set(Some(gone));
                // The row is gone: focus goes to the way back.
                request_animation_frame(move || {
                    focus(document().query_selector(".library-status button").ok().flatten())
                });
            }
        }
        RowAction::Undo => {
            let Some(gone) = removed.get_untracked() else { return };
            let url = gone.entry.url.clone();
            feeds.restore(gone);
            removed.set(None);
            after_render(node, url, "a", None);
        }
    }
}

/// What the row of `entry` (at `at` of `len`) shows now.
fn row(feeds: FeedLibrary, entry: &Entry, at: usize, len: usize, started: Memo<Vec<String>>, lang: Lang) -> Row {
    let url = &entry.url;
    let mut meta = Vec::new();
    match feeds.item_count(url).or(entry.last_visit.map(|_| entry.items)) {
        Some(count) => meta.push(lang.count(Msg::ArticleCount, count as u64)),
        None => meta.push(lang.text(Msg::NotOpenedYet).to_owned()),
    }
    let started = started.with(|started| started.iter().filter(|feed| *feed == url).count());
    if started > 0 {
        meta.push(lang.count(Msg::StartedCount, started as u64));
    }
    match (feeds.new_count(url), feeds.checked(url)) {
        (Some(new), _) if new > 0 => meta.push(lang.count(Msg::NewCount, new as u64)),
        (_, Some(Checked::Pending)) => meta.push(lang.text(Msg::CheckingForNew).to_owned()),
        (_, Some(Checked::Failed)) => meta.push(lang.text(Msg::CouldNotCheck).to_owned()),
        _ => {}
    }
    Row {
        url: url.clone(),
        name: entry.display_name().to_owned(),
        icon: entry.icon.clone(),
        meta: meta.join(" · "),
        first: at == 0,
        last: at + 1 >= len,
    }
}

/// One row: the feed's link and facts, then its actions, or the rename form while renaming it.
fn row_view(row: Row, renaming: RwSignal<Option<String>>, lang: Lang) -> AnyView {
    let Row { url, name, icon, meta, first, last } = row;
    let controls = if renaming.with(|renaming| renaming.as_ref() == Some(&url)) {
        view! {
            <div class="library-rename">
                <label>
                    <span class="library-rename-label">{lang.text(Msg::RenameLabel)}</span>
                    <input type="text" value=name.clone() maxlength="300"/>
                </label>
                <button type="button" class="button" data-action=RowAction::Save.as_str()>{lang.text(Msg::Save)}</button>
                <button type="button" class="button secondary" data-action=RowAction::Cancel.as_str()>{lang.text(Msg::Cancel)}</button>
            </div>
        }
        .into_any()
    } else {
        // Each button names its feed for screen readers, since a list holds many "Remove"; the
        // moves say "Move" to them too, while the eye, with the row in view, reads "Up".
        let named = |verb: &'static str, label: &'static str, action: RowAction, disabled: bool| {
            view! {
                <button type="button" class="link-button" data-action=action.as_str() disabled=disabled>
                    <span class="visually-hidden">{verb}{(!verb.is_empty()).then_some(" ")}</span>{label}<span class="visually-hidden">{format!(" {name}")}</span>
                </button>
            }
        };
        view! {
            <p class="library-actions">
                {named("", lang.text(Msg::Rename), RowAction::Rename, false)}
                {named(lang.text(Msg::MoveHidden), lang.text(Msg::Up), RowAction::Up, first)}
                {named(lang.text(Msg::MoveHidden), lang.text(Msg::Down), RowAction::Down, last)}
                {named("", lang.text(Msg::Remove), RowAction::Remove, false)}
            </p>
        }
        .into_any()
    };
    view! {
        <li class="library-feed" data-url=url.clone()>
            {icon.map(|src| view! { <img class="library-icon" src=src alt="" loading="lazy" width="32" height="32"/> })}
            <div class="library-body">
                <RouteLink route=Route::feed(&url) class="library-link">{name}</RouteLink>
                <p class="library-meta">{meta}</p>
                {controls}
            </div>
        </li>
    }
    .into_any()
}

/// The action of the button a click landed in, and the URL of its row.
fn target_action(event: &ev::MouseEvent) -> Option<(RowAction, String)> {
    let target = event.target()?.dyn_into::<web_sys::Element>().ok()?;
    let button = target.closest("[data-action]").ok()??;
    let row = button.closest("[data-url]").ok()??;
    Some((RowAction::parse(&button.get_attribute("data-action")?)?, row.get_attribute("data-url")?))
}

/// After the list has redrawn, focuses the first match of `selector` (else of `fallback`) in the
/// row of `url`; an input is also selected, ready to be typed over.
fn after_render(list: NodeRef<Ul>, url: String, selector: &'static str, fallback: Option<&'static str>) {
    request_animation_frame(move || {
        let Some(row) = row_of(list, &url) else { return };
        let found = [Some(selector), fallback]
            .into_iter()
            .flatten()
            .find_map(|selector| row.query_selector(selector).ok().flatten());
        if let Some(input) = found.as_ref().and_then(|found| found.dyn_ref::<web_sys::HtmlInputElement>()) {
            input.select();
        }
        focus(found);
    });
}

/// The row of `url`, as drawn now.
fn row_of(list: NodeRef<Ul>, url: &str) -> Option<web_sys::Element> {
    let rows = list.get_untracked()?.children();
    (0..rows.length())
        .filter_map(|index| rows.item(index))
        .find(|row| row.get_attribute("data-url").as_deref() == Some(url))
}

fn focus(element: Option<web_sys::Element>) {
    if let Some(element) = element.and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}
