// The vanilla-JavaScript peer of Lectern: fetches a JSON Feed and shows its list, or one article
// with `?article=ID` (and another feed with `?feed=URL`), in Lectern's markup and stylesheet.
// Links move in-app with the History API, like Lectern's router. No framework, no build step.
// Run: `bash scripts/bench.sh` copies this folder, marked and style/main.css into a temp dir and
// serves it; by hand: copy node_modules/marked/lib/marked.esm.js and style/main.css next to it.
import { Marked } from './marked.esm.js';
import { articleHtml, createMarkdown, escapeHtml, listHtml } from './render.js';

const markdown = createMarkdown(Marked);
const main = document.getElementById('content');
const feeds = new Map();

function route() {
  const params = new URLSearchParams(location.search);
  return { feed: params.get('feed'), article: params.get('article') };
}

/** The feed at `url`, fetched once per page. */
function loadFeed(url) {
  if (!feeds.has(url)) {
    const loading = fetch(new URL(url, location.href)).then((response) => {
      if (!response.ok) throw new Error(`The feed answered ${response.status}.`);
      return response.json();
    });
    loading.catch(() => feeds.delete(url));
    feeds.set(url, loading);
  }
  return feeds.get(url);
}

async function render() {
  const { feed, article } = route();
  try {
    const data = await loadFeed(feed ?? 'feed.json');
    const item = article && data.items.find((candidate) => String(candidate.id) === article);
    if (article && !item) throw new Error('There is no such article in this feed.');
    main.innerHTML = item ? articleHtml(item, markdown, feed, data.authors) : listHtml(data, feed);
    document.title = item ? `${item.title} · Lectern` : `${data.title} · Lectern`;
  } catch (error) {
    main.innerHTML = `<div class="alert" role="alert"><p class="alert-message">${escapeHtml(error.message)}</p></div>`;
  }
}

/** Same-page links navigate in-app: push the entry, render, start at the top. */
function onClick(event) {
  const link = event.target.closest('a[href]');
  if (
    !link ||
    event.defaultPrevented ||
    event.button !== 0 ||
    event.metaKey ||
    event.ctrlKey ||
    event.shiftKey ||
    event.altKey
  )
    return;
  const target = new URL(link.href);
  if (target.origin !== location.origin || target.pathname !== location.pathname) return;
  event.preventDefault();
  history.pushState(null, '', target);
  render().then(() => scrollTo(0, 0));
}

document.addEventListener('click', onClick);
addEventListener('popstate', render);
render();
