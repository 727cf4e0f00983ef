// Hostile input, read from the shared corpora in place: DOMPurify's 223 sanitizer payloads in every
// field an item shows (nothing may run, no handler, style or dangerous URL may reach the page), and
// JSONTestSuite's parser cases served as feeds (each is refused with an alert, never a crash).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CORS_JSON,
  expect,
  expectArticle,
  expectList,
  feedWith,
  ORIGIN,
  readerUrl,
  serveFeed,
  test,
} from './helpers.mjs';

/** The repository root: the directory holding playwright.config.mjs. */
const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CORPORA = process.env.LECTERN_CORPORA ?? path.resolve(REPO_ROOT, '../shared/corpora');
const PAYLOADS_FILE = path.join(CORPORA, 'xss/dompurify-payloads.json');
const PARSING_DIR = path.join(CORPORA, 'jsontestsuite/test_parsing');
for (const needed of [PAYLOADS_FILE, PARSING_DIR]) {
  // Missing corpora fail the run loudly rather than skipping the hostile tests.
  if (!fs.existsSync(needed)) throw new Error(`hostile.spec.mjs: corpus not found: ${needed} (set LECTERN_CORPORA)`);
}

const PAYLOADS = JSON.parse(fs.readFileSync(PAYLOADS_FILE, 'utf8'));
const PARSING_FILES = fs
  .readdirSync(PARSING_DIR)
  .filter((name) => name.endsWith('.json'))
  .sort();

// ---------------------------------------------------------------------------------------------
// XSS

/** Before the app loads: dialogs set a sentinel instead of opening; CSP violations are recorded. */
async function armSentinels(page) {
  const dialogs = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    dialog.dismiss().catch(() => {});
  });
  await page.addInitScript(() => {
    for (const name of ['alert', 'confirm', 'prompt', 'print']) {
      window[name] = () => {
        window.__xss = name;
      };
    }
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      // Markup parsed by the inert DOMParser is reported against the document itself; an element
      // of the live page is reported against that element.
      const on = event.target === document ? 'document' : `<${event.target?.nodeName?.toLowerCase()}>`;
      window.__violations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample} on ${on}`);
    });
  });
  return dialogs;
}

/**
 * Runs in the page: visits each view (in-app, via pushState + popstate), waits for it to render,
 * then audits the whole DOM. Returns one line per problem found.
 */
async function visitAndAudit(views) {
  const problems = [];
  const URL_ATTRIBUTES = new Set([
    'href',
    'src',
    'action',
    'formaction',
    'xlink:href',
    'srcset',
    'poster',
    'background',
    'data',
    'ping',
  ]);
  const FORBIDDEN =
    'script, iframe, object, embed, style, link, meta, base, form, svg, math, frame, frameset, applet, portal';
  // The only element the app styles itself: the progress bar's fill (style:transform).
  const APP_STYLED = '.progress-fill';
  const frame = () => new Promise((done) => setTimeout(done, 0));

  const audit = (where) => {
    if (window.__xss !== undefined) problems.push(`${where}: window.__xss = ${window.__xss}`);
    for (const element of document.body.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        const name = attribute.name.toLowerCase();
        if (name.startsWith('on'))
          problems.push(`${where}: <${element.localName} ${name}="${attribute.value.slice(0, 60)}">`);
        if (URL_ATTRIBUTES.has(name) || attribute.localName === 'href') {
          const value = attribute.value.trim().toLowerCase();
          const imageData = element.localName === 'img' && name === 'src' && value.startsWith('data:image/');
          if (/^(javascript|vbscript):/.test(value) || (value.startsWith('data:') && !imageData)) {
            problems.push(`${where}: <${element.localName} ${name}="${attribute.value.slice(0, 60)}">`);
          }
        }
      }
    }
    const main = document.querySelector('main');
    if (!main) {
      problems.push(`${where}: no <main>`);
      return;
    }
    for (const element of main.querySelectorAll(FORBIDDEN))
      problems.push(`${where}: <${element.localName}> inside main`);
    for (const element of main.querySelectorAll('[style]')) {
      if (!element.matches(APP_STYLED))
        problems.push(`${where}: style="${element.getAttribute('style').slice(0, 60)}" on <${element.localName}>`);
    }
    // Parsing content_html with the inert DOMParser makes Chromium report every inline handler,
    // style attribute and <style> it meets (against the document, never an element), although
    // nothing of it is ever attached or applied. Any other violation is a problem.
    const inert = /^(script-src-attr|style-src-attr|style-src-elem): inline on document$/;
    const violations = window.__violations.filter((violation) => !inert.test(violation));
    if (violations.length) problems.push(`${where}: CSP violations ${violations.join(' | ')}`);
  };

  for (const view of views) {
    if (view.url !== undefined) {
      history.pushState(null, '', view.url);
      dispatchEvent(new PopStateEvent('popstate'));
    }
    const started = performance.now();
    for (;;) {
      let ready;
      if (view.entries !== undefined) {
        ready = document.querySelectorAll('li.entry').length === view.entries && !document.querySelector('article');
      } else {
        const time = document.querySelector('article time[datetime]');
        ready =
          document.querySelectorAll('article h1').length === 1 &&
          document.querySelector('article .article-body') !== null &&
          time !== null &&
          Date.parse(time.getAttribute('datetime')) === view.published;
      }
      if (ready) break;
      if (performance.now() - started > 5000) {
        problems.push(
          `${view.name}: did not render within 5 s (alert: ${document.querySelector('[role=alert]')?.textContent ?? 'none'})`,
        );
        break;
      }
      await frame();
    }
    // Let the work the app defers to animation frames (opening place, first measurement) run
    // before auditing, and before leaving: see the separate test of leaving within a frame.
    for (let i = 0; i < 3; i += 1) await new Promise((done) => requestAnimationFrame(done));
    audit(view.name);
  }
  return problems;
}

const BASE_TIME = Date.UTC(2024, 0, 1);
/** Each item's own publication time: how the audit knows the article on screen is the one asked for. */
const publishedAt = (index) => BASE_TIME + index * 60_000;

/**
 * Two items per payload: the payload as content_html and in every other field an item shows
 * (title, summary, author name, url and avatar, item url, external_url, image, banner_image, tags),
 * and the payload as `_lectern.markdown`.
 */
function hostileItems(first, payloads) {
  return payloads.flatMap(({ payload }, k) => {
    const n = first + k;
    return [
      {
        id: `p${n}-html`,
        title: payload,
        summary: payload,
        authors: [{ name: payload, url: payload, avatar: payload }],
        url: payload,
        external_url: payload,
        image: payload,
        banner_image: payload,
        tags: [payload],
        date_published: new Date(publishedAt(2 * n)).toISOString(),
        content_html: payload,
      },
      {
        id: `p${n}-md`,
        title: `Payload ${n} as markdown`,
        date_published: new Date(publishedAt(2 * n + 1)).toISOString(),
        _lectern: { markdown: payload },
      },
    ];
  });
}

/**
 * Fields each payload is placed in: content_html, title, summary, authors[0].name, authors[0].url,
 * authors[0].avatar, url, external_url, image, banner_image, tags[0] and _lectern.markdown.
 */
const FIELDS = 12;
/** Five groups of at most 45 payloads: 90 items, one page of the list (it shows 100 at a time). */
const GROUP = 45;

test('the XSS corpus holds 223 payloads', () => {
  expect(PAYLOADS).toHaveLength(223);
  for (const { payload } of PAYLOADS) expect(typeof payload).toBe('string');
});

for (let first = 0; first < PAYLOADS.length; first += GROUP) {
  const payloads = PAYLOADS.slice(first, first + GROUP);
  const last = first + payloads.length - 1;
  test(`XSS payloads ${first}–${last} × ${FIELDS} fields: nothing runs, nothing dangerous reaches the page`, async ({
    page,
  }) => {
    test.setTimeout(60_000);
    const dialogs = await armSentinels(page);
    const feedUrl = `${ORIGIN}/xss-${first}.json`;
    const items = hostileItems(first, payloads);
    await serveFeed(page, feedUrl, feedWith(items, `Hostile feed ${first}`));
    // Images (the payloads' URLs resolve against the feed) never leave the machine.
    await page.route(
      (url) => url.hostname !== '127.0.0.1' && url.href !== feedUrl,
      (route) => route.abort(),
    );

    await page.goto(readerUrl(feedUrl));
    await expectList(page, `Hostile feed ${first}`, items.length);

    const views = [{ name: 'list', entries: items.length }];
    for (const [index, item] of items.entries()) {
      views.push({
        name: `${item.id} (payload ${first + Math.floor(index / 2)})`,
        url: readerUrl(feedUrl, item.id),
        published: Date.parse(item.date_published),
      });
    }
    // Back to the list, which now also shows the "Continue reading" shelf of visited titles.
    views.push({ name: 'list again', url: readerUrl(feedUrl), entries: items.length });

    const problems = await page.evaluate(visitAndAudit, views);
    expect(problems, 'problems found in the page').toEqual([]);
    expect(await page.evaluate(() => window.__xss)).toBeUndefined();
    expect(dialogs, 'dialogs opened').toEqual([]);
    // The in-app navigation really reached the last article and came back.
    await expect(page).toHaveURL(new RegExp(`\\?feed=${encodeURIComponent(feedUrl).replace(/[.]/g, '\\.')}$`));
  });
}

test('javascript:, vbscript: and data: links and inline handlers stay inert when clicked', async ({ page }) => {
  // The classic ones, clicked and hovered rather than only rendered.
  const dialogs = await armSentinels(page);
  const feedUrl = `${ORIGIN}/click.json`;
  const payload =
    '<a href="javascript:alert(1)">js link</a> <a href="  JaVaScRiPt:alert(2)">spaced</a>' +
    ' <a href="vbscript:msgbox(1)">vb</a> <a href="data:text/html,<script>alert(3)</script>">data</a>' +
    ' <img src=x onerror=alert(4)> <p onclick=alert(5) onmouseover=alert(6)>hover me</p>';
  await serveFeed(
    page,
    feedUrl,
    feedWith([
      {
        id: 'click',
        title: 'Click me',
        url: 'javascript:alert(7)',
        image: 'javascript:alert(8)',
        authors: [{ name: 'Mallory', url: ' javascript:alert(9)' }],
        content_html: payload,
      },
    ]),
  );
  await page.route(
    (url) => url.hostname !== '127.0.0.1' && url.href !== feedUrl,
    (route) => route.abort(),
  );
  await page.goto(readerUrl(feedUrl, 'click'));
  await expectArticle(page, 'Click me');
  const body = page.locator('article .article-body');
  await expect(body).toContainText('js link');
  await expect(body).toContainText('hover me');
  // Unsafe links keep their text but lose the link; an unsafe item url or image is not shown at all.
  await expect(body.locator('a')).toHaveCount(0);
  await expect(page.locator('article a', { hasText: 'Read on the original site' })).toHaveCount(0);
  await expect(page.locator('article img.hero')).toHaveCount(0);
  await expect(page.locator('article .byline')).toHaveText('By Mallory');
  await expect(page.locator('a[href*="javascript:" i], [src*="javascript:" i]')).toHaveCount(0);
  for (const text of ['js link', 'spaced', 'vb', 'data', 'hover me']) {
    await body.getByText(text, { exact: false }).first().click();
  }
  await body.getByText('hover me').hover();
  expect(await page.evaluate(() => window.__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
  await expect(page.locator('article')).toHaveCount(1);
});

test('markdown with an inline <script> never shows or runs the script', async ({ page }) => {
  const dialogs = await armSentinels(page);
  const feedUrl = `${ORIGIN}/md-script.json`;
  await serveFeed(
    page,
    feedUrl,
    feedWith([
      {
        id: 'md',
        title: 'Inline script in markdown',
        _lectern: { markdown: "Hello <script>window.__xss='md'</script> world\n\nSecond paragraph." },
      },
    ]),
  );
  await page.goto(readerUrl(feedUrl, 'md'));
  await expectArticle(page, 'Inline script in markdown');
  const paragraphs = page.locator('article .article-body p');
  await expect(paragraphs).toHaveCount(2);
  await expect(paragraphs.first()).toContainText('Hello');
  await expect(paragraphs.first()).toContainText('world');
  expect(await paragraphs.first().textContent()).not.toContain('__xss');
  expect(await page.locator('article').textContent()).not.toContain('__xss');
  await expect(page.locator('main script')).toHaveCount(0);
  expect(await page.evaluate(() => window.__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
});

test('leaving an article within a frame of opening it raises no error', async ({ page }) => {
  // What a reader pressing Back (or Forward) twice quickly does: the next route arrives before
  // the article just shown has had an animation frame. Every article must survive being left at once.
  const feedUrl = `${ORIGIN}/quick.json`;
  const items = Array.from({ length: 40 }, (_, i) => ({
    id: `a${i}`,
    title: `Quick article ${i}`,
    content_text: `Body of article ${i}.`,
  }));
  await serveFeed(page, feedUrl, feedWith(items, 'Quick feed'));
  await page.goto(readerUrl(feedUrl, 'a0'));
  await expectArticle(page, 'Quick article 0');
  const shown = await page.evaluate(
    async ({ urls }) => {
      let count = 0;
      for (const [index, url] of urls.entries()) {
        history.pushState(null, '', url);
        dispatchEvent(new PopStateEvent('popstate'));
        const title = `Quick article ${index + 1}`;
        const started = performance.now();
        while (document.querySelector('article h1')?.textContent !== title && performance.now() - started < 5000) {
          await new Promise((done) => setTimeout(done, 0));
        }
        if (document.querySelector('article h1')?.textContent === title) count += 1;
      }
      return count;
    },
    { urls: items.slice(1).map((item) => readerUrl(feedUrl, item.id)) },
  );
  expect(shown).toBe(items.length - 1);
  await expectArticle(page, 'Quick article 39');
  // Give the frames the app deferred a chance to run (and to throw, which fails the test).
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.waitForTimeout(100);
});

// ---------------------------------------------------------------------------------------------
// JSONTestSuite

const DEEP = [
  'n_structure_100000_opening_arrays.json',
  'n_structure_open_array_object.json',
  'i_structure_500_nested_arrays.json',
];
/** Files whose first bytes could be mistaken for something else: empty, BOMs, angle brackets, bad UTF-8. */
const EDGES = [
  'n_structure_no_data.json',
  'n_structure_UTF8_BOM_no_data.json',
  'n_structure_incomplete_UTF8_BOM.json',
  'i_structure_UTF-8_BOM_empty_object.json',
  'n_structure_angle_bracket_..json',
  'n_structure_angle_bracket_null.json',
  'n_structure_lone-invalid-utf-8.json',
  'n_structure_null-byte-outside-string.json',
  'n_structure_whitespace_formfeed.json',
];
/** Every fifth file in name order, plus the deep nesting and the edge cases above. */
const SAMPLE = [...new Set([...PARSING_FILES.filter((_, index) => index % 5 === 0), ...DEEP, ...EDGES])]
  .filter((name) => PARSING_FILES.includes(name))
  .sort();

const INVALID_JSON = 'The feed is not valid JSON';
const NOT_A_FEED = 'This is JSON, but not a JSON Feed';

test('the JSONTestSuite corpus holds 318 parsing cases', () => {
  expect(PARSING_FILES).toHaveLength(318);
  for (const name of DEEP) expect(PARSING_FILES).toContain(name);
});

for (const kind of ['n', 'y+i']) {
  const files = SAMPLE.filter((name) => (kind === 'n' ? name.startsWith('n_') : !name.startsWith('n_')));
  test(`JSONTestSuite ${kind === 'n' ? 'n_ files are' : 'y_ and i_ files are'} refused with an alert (${files.length} files)`, async ({
    page,
  }) => {
    test.setTimeout(60_000);
    expect(files.length).toBeGreaterThan(kind === 'n' ? 30 : 25);
    await page.route(`${ORIGIN}/jts/**`, (route) => {
      const name = decodeURIComponent(new URL(route.request().url()).pathname.slice('/jts/'.length));
      return route.fulfill({ status: 200, headers: CORS_JSON, body: fs.readFileSync(path.join(PARSING_DIR, name)) });
    });
    const seen = [];
    for (const name of files) {
      const feedUrl = `${ORIGIN}/jts/${encodeURIComponent(name)}`;
      await page.goto(readerUrl(feedUrl));
      const alert = page.getByRole('alert');
      await expect(alert, name).toHaveCount(1);
      const text = (await alert.textContent()).trim();
      seen.push(`${name}: ${text}`);
      if (name.startsWith('n_')) {
        expect(text, `${name} must be reported as invalid JSON`).toContain(INVALID_JSON);
      } else if (name.startsWith('y_')) {
        // Valid JSON by definition, and none of it is a feed.
        expect(text, `${name} is valid JSON, but not a feed`).toContain(NOT_A_FEED);
      } else {
        expect(text, `${name}: parsed or not, it is no feed`).toMatch(new RegExp(`${INVALID_JSON}|${NOT_A_FEED}`));
      }
      await expect(page.locator('article'), name).toHaveCount(0);
      await expect(page.locator('li.entry'), name).toHaveCount(0);
    }
    expect(seen).toHaveLength(files.length);
    const invalid = seen.filter((line) => line.includes(INVALID_JSON)).length;
    console.log(
      `JSONTestSuite ${kind}: ${files.length} files, ${invalid} reported as invalid JSON, ${files.length - invalid} as JSON that is not a feed`,
    );
  });
}
