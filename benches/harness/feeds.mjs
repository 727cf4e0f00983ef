// Deterministic bench feeds: one 50,000-word article (500 sections with lists and quotes) and
// lists of 5,000 and 100,000 short items (the largest 17.4 MB, under Lectern's 20 MB feed limit),
// and the 5,000 as RSS too.
// Same seed, same bytes, on every run.
// Used by scripts/bench.mjs; `node benches/harness/feeds.mjs OUT_DIR` writes them for a look.

export const LONG_ID = 'long';
export const LONG_LAST_PARAGRAPH = 'This is the closing paragraph of the long bench article, and nothing follows it.';

const VOCABULARY = (
  'reading page line measure margin type letter word column ink paper printer scroll ' +
  'screen light shadow rhythm pause sentence chapter story voice silence window river stone garden ' +
  'harbor bridge morning evening season winter summer market street village mountain forest field ' +
  'memory habit patience craft careful quiet steady narrow generous open slow simple honest clear ' +
  'ancient modern small large early late gentle bright calm long short deep plain patient whole ' +
  'builds keeps holds carries follows returns gathers offers shapes turns finds leaves opens closes ' +
  'and the of a to in for with on by from under over between across'
).split(' ');

/** A small seeded generator (mulberry32): the same numbers on every run. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function phrase(next, count) {
  const words = Array.from({ length: count }, () => VOCABULARY[Math.floor(next() * VOCABULARY.length)]);
  return words.join(' ');
}

function sentence(next, count) {
  const text = phrase(next, count);
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

/** About 100 words: heading, two paragraphs, a three-item list and an attributed quote. */
function section(next, index) {
  return [
    `## Section ${index + 1}: ${phrase(next, 3)}`,
    `${sentence(next, 18)} ${sentence(next, 20)}`,
    [1, 2, 3].map(() => `- ${sentence(next, 6)}`).join('\n'),
    `> ${sentence(next, 12)}\n>\n> — ${sentence(next, 2).slice(0, -1)}`,
    `${sentence(next, 13)} ${sentence(next, 12)}`,
  ].join('\n\n');
}

/** The long article's markdown: 500 sections, then a fixed closing paragraph. */
export function longMarkdown(sections = 500) {
  const next = random(15);
  const parts = Array.from({ length: sections }, (_, index) => section(next, index));
  return `${parts.join('\n\n')}\n\n${LONG_LAST_PARAGRAPH}\n`;
}

/** A feed holding the long article and the demo feed's items after it. */
export function longFeed(demo) {
  const long = {
    id: LONG_ID,
    title: 'A Very Long Read: five hundred sections for the benchmark',
    authors: [{ name: 'The Lectern bench' }],
    date_published: '2026-11-01T09:00:00Z',
    summary: 'A generated article of about fifty thousand words, with lists and quotes in every section.',
    language: 'en',
    _lectern: { markdown: longMarkdown() },
  };
  return { ...demo, title: 'Lectern bench: long article', items: [long, ...demo.items] };
}

/**
 * A feed of `count` short items (title, summary, one sentence of text, date; the author is the
 * feed's). Lean on purpose: 100,000 items stay under Lectern's 20 MB feed limit.
 */
export function bigFeed(count) {
  const next = random(count);
  const start = Date.UTC(2026, 10, 1);
  const items = Array.from({ length: count }, (_, index) => ({
    id: `item-${index + 1}`,
    title: `Item ${index + 1}: ${sentence(next, 3).slice(0, -1)}`,
    summary: sentence(next, 5),
    content_text: sentence(next, 3),
    date_published: new Date(start - index * 3_600_000).toISOString().replace('.000Z', 'Z'),
  }));
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: `Lectern bench: ${count.toLocaleString('en')} items`,
    description: 'A generated feed for the list benchmark.',
    authors: [{ name: 'The Lectern bench' }],
    language: 'en',
    items,
  };
}

const XML_ESCAPES = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' };
const escapeXml = (text) => text.replace(/[<>&"']/g, (c) => XML_ESCAPES[c]);

/**
 * The same items as `bigFeed(count)`, as RSS 2.0 (issue 26: an RSS feed reaches a usable list in
 * at most 1.2× the time of the same items as JSON Feed): title, guid, description (the summary),
 * content:encoded (the text) and an RFC 822 pubDate.
 */
export function bigRss(count) {
  const feed = bigFeed(count);
  const items = feed.items.map(
    (item) =>
      `<item><title>${escapeXml(item.title)}</title><guid isPermaLink="false">${item.id}</guid>` +
      `<description>${escapeXml(item.summary)}</description>` +
      `<content:encoded>${escapeXml(`<p>${item.content_text}</p>`)}</content:encoded>` +
      `<pubDate>${new Date(item.date_published).toUTCString().replace('GMT', '+0000')}</pubDate></item>`,
  );
  return (
    '<?xml version="1.0" encoding="utf-8"?>\n' +
    '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>' +
    `<title>${escapeXml(feed.title)}</title><link>https://bench.example/</link>` +
    `<description>${escapeXml(feed.description)}</description><language>en</language>` +
    `<managingEditor>bench@example.com (${feed.authors[0].name})</managingEditor>` +
    `${items.join('\n')}</channel></rss>\n`
  );
}

/** Words in markdown text, for checking the long article's size. */
export function wordCount(text) {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { writeFile, readFile } = await import('node:fs/promises');
  const out = process.argv[2] ?? '.';
  const demo = JSON.parse(await readFile(new URL('../../public/feed.json', import.meta.url)));
  await writeFile(`${out}/bench-long.json`, JSON.stringify(longFeed(demo)));
  console.log('long article words:', wordCount(longMarkdown()));
}
