//! The reading-progress bar: how much of the open article is above the bottom of the window.
use leptos::ev;
use leptos::html::Article;
use leptos::prelude::*;

use crate::core::progress::{percent_read, Viewport};

/// A thin bar at the top of the window with `role="progressbar"`, following the reader's scroll.
#[component]
pub fn ProgressBar(
    /// The article being read; measured on scroll and resize.
    article: NodeRef<Article>,
) -> impl IntoView {
    let percent = RwSignal::new(0u8);
    let measure = move || {
        let Some(element) = article.get_untracked() else {
            return;
        };
        let window = window();
        let rect = element.get_bounding_client_rect();
        let scroll_top = window.scroll_y().unwrap_or(0.0);
        let viewport_height = window
            .inner_height()
            .ok()
            .and_then(|height| height.as_f64())
            .unwrap_or(0.0);
        percent.set(percent_read(Viewport {
            article_top: rect.top() + scroll_top,
            article_height: rect.height(),
            scroll_top,
            viewport_height,
        }));
    };
    let on_scroll = window_event_listener(ev::scroll, move |_| measure());
    let on_resize = window_event_listener(ev::resize, move |_| measure());
    on_cleanup(move || {
        on_scroll.remove();
        on_resize.remove();
    });
    // The first measurement waits for the article to be in the document.
    Effect::new(move |_| {
        if article.get().is_some() {
            request_animation_frame(measure);
        }
    });
    view! {
        <div
            class="progress"
            role="progressbar"
            aria-label="Reading progress"
            aria-valuemin="0"
            aria-valuemax="100"
            aria-valuenow=move || percent.get().to_string()
        >
            <div class="progress-fill" style:transform=move || format!("scaleX({})", f64::from(percent.get()) / 100.0)></div>
        </div>
    }
}
