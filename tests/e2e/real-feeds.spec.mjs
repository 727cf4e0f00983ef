// Real feeds from the shared corpora, read in place: the structure of each opened item's
// content_html (headings, list items, quotes, code, tables, images), as the browser's own
// DOMParser sees it, survives into the rendered article body, and nothing unsafe comes with it.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORS_JSON, expect, ORIGIN, readerUrl, test } from './helpers.mjs';

/** The repository root: the directory holding playwright.config.mjs. */
const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CORPORA = process.env.LECTERN_CORPORA ?? path.resolve(REPO_ROOT, '../shared/corpora');
const FEEDS_DIR = path.join(CORPORA, 'feeds');
// Missing corpora fail the run loudly rather than skipping the tests.
if (!fs.existsSync(FEEDS_DIR))
  throw new Error(`real-feeds.spec.mjs: corpus not found: ${FEEDS_DIR} (set LECTERN_CORPORA)`);

/** Feeds whose content_html carries headings, lists, quotes, code, tables, images and links. */
const FEEDS = [
  '3960-journal-de.json', // quotes, code, images, tables; German
  'daringfireball-2021-v11.json', // lists and quotes
  'hypercritical-2017.json', // headings, long lists, images, root-relative URLs
  'inessential-2017.json', // lists, links
  'leancrew-allthis.json', // lists, quotes, images, code
  'maybepizza-2016.json', // quotes, images
  'rosemaryorchard-blog.json', // lists, many images, a table
  'seviche-blog-zh.json', // headings, lists, quotes, code, tables; Chinese, relative images
  'therecord-podcast.json', // hundreds of list items, hrefs with leading spaces
];
/** How many content_html items are opened from the top of each feed. */
const FIRST = 3;

/**
 * The items opened in a feed: its first three content_html items, plus the first item with a
 * `<table>` and the first with a `<pre>` when those are not already among them.
 */
function pickItems(feed) {
  const html = feed.items.filter(
    (item) => typeof item.content_html === 'string' && item._lectern?.markdown === undefined,
  );
  const picked = html.slice(0, FIRST);
  for (const marker of [/<table\b/i, /<pre\b/i]) {
    const extra = html.find((item) => marker.test(item.content_html));
    if (extra && !picked.includes(extra)) picked.push(extra);
  }
  return picked;
}

/**
 * Runs in the page, on the article on screen. The source side parses the item's content_html with
 * `new DOMParser().parseFromString(html, 'text/html')` and counts in its <body>, skipping anything
 * inside an element Lectern drops with its content (script, style, noscript, svg, math, iframe, …):
 *   headings  h1–h6 with non-blank text                (rendered: h2–h6; h1 becomes h2)
 *   items     li with non-blank text or an <img>        (rendered: li)
 *   quotes    blockquote with non-blank text or an <img> (rendered: blockquote)
 *   code      pre                                        (rendered: pre)
 *   tables    table with at least one th or td           (rendered: table)
 *   images    img whose data-src, else src, is http(s) or relative (no scheme) (rendered: img)
 * Besides the counts, problems in the rendered body: an h1, any [style], any on* attribute, a link
 * without rel="noopener noreferrer" or with a scheme other than http(s)/mailto, an image source
 * other than http(s) or a raster data: URL.
 */
function compareStructure(html) {
  const DROPPED = [
    'script',
    'style',
    'template',
    'iframe',
    'frame',
    'frameset',
    'object',
    'embed',
    'applet',
    'param',
    'form',
    'input',
    'button',
    'select',
    'option',
    'optgroup',
    'textarea',
    'datalist',
    'output',
    'progress',
    'meter',
    'svg',
    'math',
    'canvas',
    'noscript',
    'noembed',
    'noframes',
    'head',
    'title',
    'meta',
    'link',
    'base',
    'audio',
    'video',
    'source',
    'track',
    'dialog',
    'portal',
    'slot',
    'xmp',
    'plaintext',
  ].join(',');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const kept = (selector) =>
    [...doc.body.querySelectorAll(selector)].filter(
      (element) => !element.closest(DROPPED) && !element.parentElement?.closest(DROPPED),
    );
  const filled = (element) => element.textContent.trim() !== '' || element.querySelector('img') !== null;
  const imageSource = (img) => (img.getAttribute('data-src') ?? img.getAttribute('src') ?? '').trim();
  const source = {
    headings: kept('h1, h2, h3, h4, h5, h6').filter((heading) => heading.textContent.trim() !== '').length,
    items: kept('li').filter(filled).length,
    quotes: kept('blockquote').filter(filled).length,
    code: kept('pre').length,
    tables: kept('table').filter((table) => table.querySelector('th, td') !== null).length,
    images: kept('img').filter((img) => {
      const src = imageSource(img);
      return /^https?:\/\//i.test(src) || (src !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(src));
    }).length,
  };

  const body = document.querySelector('article .article-body');
  const count = (selector) => body.querySelectorAll(selector).length;
  const rendered = {
    headings: count('h2, h3, h4, h5, h6'),
    items: count('li'),
    quotes: count('blockquote'),
    code: count('pre'),
    tables: count('table'),
    images: count('img'),
  };

  const problems = [];
  if (count('h1')) problems.push(`${count('h1')} <h1> in the body`);
  for (const element of body.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      if (attribute.name === 'style' || attribute.name.toLowerCase().startsWith('on')) {
        problems.push(`<${element.localName} ${attribute.name}="${attribute.value.slice(0, 40)}">`);
      }
    }
  }
  for (const link of body.querySelectorAll('a')) {
    const href = link.getAttribute('href') ?? '';
    const rel = (link.getAttribute('rel') ?? '').split(/\s+/);
    if (!rel.includes('noopener') || !rel.includes('noreferrer'))
      problems.push(`<a href="${href.slice(0, 60)}" rel="${link.getAttribute('rel')}">`);
    if (!/^(https?:\/\/|mailto:)/i.test(href)) problems.push(`<a href="${href.slice(0, 60)}">`);
  }
  for (const img of body.querySelectorAll('img')) {
    const src = img.getAttribute('src') ?? '';
    if (!/^(https?:\/\/|data:image\/(png|jpeg|gif|webp|avif)[;,])/i.test(src))
      problems.push(`<img src="${src.slice(0, 60)}">`);
  }
  return { source, rendered, links: count('a[href]'), problems };
}

for (const name of FEEDS) {
  test(`${name}: content_html structure survives, nothing unsafe added`, async ({ page }) => {
    const file = path.join(FEEDS_DIR, name);
    expect(fs.existsSync(file), `${file} exists`).toBe(true);
    const bytes = fs.readFileSync(file);
    const feed = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
    const items = pickItems(feed);
    expect(items.length, 'content_html items picked').toBeGreaterThanOrEqual(FIRST);

    const feedUrl = `${ORIGIN}/${name}`;
    // The feed, byte for byte; every other request that would leave the machine (images on
    // the sites themselves or on feeds.example) is refused at once, so nothing waits on DNS.
    await page.route(
      (url) => url.hostname !== '127.0.0.1',
      (route) =>
        route.request().url() === feedUrl
          ? route.fulfill({ status: 200, headers: CORS_JSON, body: bytes })
          : route.abort(),
    );

    const totals = { headings: 0, items: 0, quotes: 0, code: 0, tables: 0, images: 0 };
    const lines = [];
    for (const item of items) {
      await page.goto(readerUrl(feedUrl, String(item.id)));
      await expect(page.locator('article')).toHaveCount(1);
      await expect(page.locator('article h1')).toHaveCount(1);
      await expect(page.locator('article .article-body')).toHaveCount(1);
      const { source, rendered, links, problems } = await page.evaluate(compareStructure, item.content_html);
      const label = `${name} item ${JSON.stringify(item.id)}`;
      expect(rendered, `${label}: rendered structure (source ${JSON.stringify(source)})`).toEqual(source);
      expect(problems, `${label}: unsafe or unexpected markup in the body`).toEqual([]);
      for (const key of Object.keys(totals)) totals[key] += source[key];
      lines.push(`  ${String(item.id).slice(0, 70)}: ${JSON.stringify(source)} links=${links}`);
    }
    // The feed was picked for its structure: the items opened must carry some.
    expect(
      Object.values(totals).reduce((sum, n) => sum + n, 0),
      `${name}: structure in the opened items`,
    ).toBeGreaterThan(0);
    console.log(`${name} (${items.length} items) totals ${JSON.stringify(totals)}\n${lines.join('\n')}`);
  });
}
