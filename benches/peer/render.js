// The vanilla peer's markup, as plain functions from feed data to HTML strings: Lectern's list and
// article markup, without its extras (reading progress, related articles, history tools).
// Used in the browser by benches/peer/app.js and in Node by benches/harness/subjects.mjs, which
// pre-renders the static pages with it, so the peer and the static limit print the same markup.
// Not run on its own: `bash scripts/bench.sh` copies it into the peer's folder at bench time.

const WORDS_PER_MINUTE = 230;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Text made safe to print inside an element or a quoted attribute. */
export function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A marked instance with Lectern's conventions: no h1 in a body, "— Name" closes a quote. */
export function createMarkdown(Marked) {
  return new Marked({
    renderer: {
      heading({ tokens, depth }) {
        const level = Math.min(6, Math.max(2, depth));
        return `<h${level}>${this.parser.parseInline(tokens)}</h${level}>\n`;
      },
      blockquote({ tokens }) {
        const last = tokens.at(-1);
        const attributed = last?.type === 'paragraph' && last.text.startsWith('— ');
        if (!attributed) return `<blockquote>${this.parser.parse(tokens)}</blockquote>\n`;
        const cite = this.parser.parseInline(last.tokens).replace(/^— /, '');
        const quote = this.parser.parse(tokens.slice(0, -1));
        return `<blockquote>${quote}<footer><cite>${cite}</cite></footer></blockquote>\n`;
      },
    },
  });
}

/** Words in a text, as a reader counts them (runs with at least one letter or digit). */
function words(text) {
  return (text ?? '').split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Whole minutes for title, summary and body at 230 words a minute, never below one. */
export function minutes(item) {
  const body = item._lectern?.markdown ?? item.content_text ?? item.content_html ?? '';
  const count = words(item.title) + words(item.summary) + words(body);
  return Math.max(1, Math.ceil(count / WORDS_PER_MINUTE));
}

/** "Tuesday, November 26, 2024" for the calendar date the feed wrote, in the feed's own offset. */
export function longDate(iso) {
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return `${WEEKDAYS[weekday]}, ${MONTHS[month - 1]} ${day}, ${year}`;
}

/** The item's authors, else the feed's, as one line. */
function byline(item, feedAuthors) {
  const authors = item.authors?.length ? item.authors : (feedAuthors ?? []);
  const names = authors.map((author) => author.name).filter(Boolean);
  return names.length ? names.join(', ') : null;
}

function metaLine(item) {
  const date = item.date_published
    ? `<time datetime="${escapeHtml(item.date_published)}">${escapeHtml(longDate(item.date_published))}</time>`
    : '';
  return `<p class="meta">${date}<span class="reading-time">${minutes(item)} min read</span></p>`;
}

/** The query string of a route: `?feed=…&article=…`, the feed left out when it is the default. */
export function routeHref(feed, article) {
  const params = new URLSearchParams();
  if (feed) params.set('feed', feed);
  if (article) params.set('article', article);
  const query = params.toString();
  return query ? `?${query}` : './';
}

function entryHtml(item, feed, feedAuthors) {
  const by = byline(item, feedAuthors);
  return (
    `<li class="entry" lang="${escapeHtml(item.language ?? 'en')}">` +
    `<h2 class="entry-title"><a href="${escapeHtml(routeHref(feed, item.id))}">${escapeHtml(item.title ?? item.id)}</a></h2>` +
    (by ? `<p class="byline">By ${escapeHtml(by)}</p>` : '') +
    metaLine(item) +
    (item.summary ? `<p class="summary">${escapeHtml(item.summary)}</p>` : '') +
    '</li>'
  );
}

/** The feed list: its title, description and one entry per item, in feed order. */
export function listHtml(data, feed) {
  const description = data.description ? `<p class="feed-description">${escapeHtml(data.description)}</p>` : '';
  return (
    '<section class="feed" aria-labelledby="feed-title">' +
    `<header class="feed-header"><h1 id="feed-title">${escapeHtml(data.title ?? 'Feed')}</h1>${description}</header>` +
    `<ol class="entries" role="list">${(data.items ?? []).map((item) => entryHtml(item, feed, data.authors)).join('')}</ol>` +
    '</section>'
  );
}

/** The body's HTML: markdown through marked, else plain text paragraphs. */
function bodyHtml(item, markdown) {
  if (item._lectern?.markdown) return markdown.parse(item._lectern.markdown);
  const text = item.content_text ?? '';
  return text
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
    .join('');
}

/** One article: header (headline, byline, date, reading time, lede), body and the way back. */
export function articleHtml(item, markdown, feed, feedAuthors) {
  const by = byline(item, feedAuthors);
  return (
    `<article class="article" lang="${escapeHtml(item.language ?? 'en')}"><header class="article-header">` +
    `<h1>${escapeHtml(item.title ?? item.id)}</h1>` +
    (by ? `<p class="byline">By <span class="author">${escapeHtml(by)}</span></p>` : '') +
    metaLine(item) +
    (item.summary ? `<p class="lede">${escapeHtml(item.summary)}</p>` : '') +
    `</header><div class="article-body">${bodyHtml(item, markdown)}</div></article>` +
    `<nav class="back" aria-label="Feed"><a href="${escapeHtml(routeHref(feed, null))}">← All articles</a></nav>`
  );
}

/** The masthead both the peer and the static pages share with Lectern. */
export const MASTHEAD =
  '<header class="masthead"><div class="masthead-inner">' + '<a class="brand" href="./">Lectern</a></div></header>';
