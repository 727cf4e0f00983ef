// Embedding: <lectern-reader> on host pages served from a second origin by their own server
// process (tests/e2e/hosts/), the reader's files from the suite's server, as a real host has it.
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { DEMO, expect, SEED, serveDirectory, test } from './helpers.mjs';

let host;
let hostDir;

test.beforeAll(async ({ baseURL }) => {
  hostDir = await mkdtemp(join(tmpdir(), 'lectern-host-'));
  const reader = baseURL.replace(/\/$/, '');
  for (const name of await readdir('tests/e2e/hosts')) {
    const text = await readFile(join('tests/e2e/hosts', name), 'utf8');
    await writeFile(join(hostDir, name), text.replaceAll('READER', reader));
  }
  // A feed beside the host page: a relative `feed` attribute resolves against the host page.
  await mkdir(join(hostDir, 'feeds'));
  await copyFile('dist/feed.json', join(hostDir, 'feeds', 'demo.json'));
  host = await serveDirectory(hostDir);
});

test.afterAll(async () => {
  await host?.stop();
  await rm(hostDir, { recursive: true, force: true });
});

/** The shadow root's `selector` inside the widget with `id`. */
const inWidget = (page, id, selector) => page.locator(`#${id}`).locator(selector);

/** Collects the reader's events as the host page hears them. */
async function listen(page) {
  await page.addInitScript(() => {
    window.heard = [];
    for (const type of ['lectern-progress', 'lectern-navigate', 'lectern-error']) {
      document.addEventListener(type, (event) =>
        window.heard.push({ type, id: event.target.id, detail: event.detail }),
      );
    }
  });
}

test('widgets render their articles in their own styles, and the host keeps its own', async ({ page, baseURL }) => {
  const consoleErrors = [];
  page.on('console', (message) => {
    // The host page has no favicon; that 404 is the host's, not Lectern's.
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico'))
      consoleErrors.push(message.text());
  });
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`${host.url}hostile.html`);

  await expect(inWidget(page, 'seed', 'article h1')).toHaveText(SEED.title);
  await expect(inWidget(page, 'relative', 'article h1')).toHaveText(DEMO.articles[1].title);
  for (const article of DEMO.articles) {
    await expect(inWidget(page, 'added', `a:has-text("${article.title}")`).first()).toBeVisible();
  }

  // The host's styles stop at the widget.
  const paragraph = inWidget(page, 'seed', 'article .article-body p').first();
  await expect(paragraph).toBeVisible();
  const style = await paragraph.evaluate((element) => {
    const computed = getComputedStyle(element);
    return {
      color: computed.color,
      size: parseFloat(computed.fontSize),
      font: computed.fontFamily,
      spacing: computed.letterSpacing,
    };
  });
  expect(style.color).not.toBe('rgb(255, 0, 0)');
  expect(style.size).toBeLessThan(30);
  expect(style.font).not.toContain('Comic');
  expect(style.spacing).toBe('normal');
  await expect(inWidget(page, 'seed', 'article h1')).toHaveCSS('text-transform', 'none');
  // …and the widget's styles stop at the host.
  await expect(page.locator('body > h1')).toHaveCSS('text-transform', 'uppercase');
  await expect(page.locator('body > h1')).toHaveCSS('color', 'rgb(255, 0, 0)');
  await expect(page.locator('#host-text')).toBeHidden();

  // Every file of Lectern's came from the reader's origin, relative to embed.js.
  const fromHost = requests.filter((url) => url.startsWith(host.url)).map((url) => url.slice(host.url.length));
  expect(fromHost.sort()).toEqual(['feeds/demo.json', 'hostile.html']);
  expect(requests.filter((url) => url.endsWith('.wasm'))).toHaveLength(1);
  expect(requests.some((url) => url.startsWith(`${baseURL}embed-`) && url.endsWith('.css'))).toBe(true);
  // Loading embed.js twice defined the element once, quietly.
  expect(consoleErrors).toEqual([]);
});

test('a widget given a height scrolls inside itself, and its progress reaches the host', async ({ page, baseURL }) => {
  await listen(page);
  await page.goto(`${host.url}hostile.html`);
  await expect(inWidget(page, 'seed', 'article h1')).toHaveText(SEED.title);
  const box = inWidget(page, 'seed', '.lectern-widget');
  await expect(box).toHaveCSS('height', '500px');

  await box.evaluate((element) => {
    element.scrollTop = element.scrollHeight / 2;
  });
  const bar = inWidget(page, 'seed', '[role="progressbar"]');
  await expect.poll(async () => Number(await bar.getAttribute('aria-valuenow'))).toBeGreaterThan(30);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);

  const progress = await page.evaluate(() =>
    window.heard.filter((event) => event.type === 'lectern-progress' && event.id === 'seed'),
  );
  const last = progress.at(-1);
  expect(last.detail).toEqual({ feed: `${baseURL}feed.json`, article: SEED.id, percent: expect.any(Number) });
  expect(last.detail.percent).toBeGreaterThan(30);
  // The percent shown is the percent told.
  expect(String(last.detail.percent)).toBe(await bar.getAttribute('aria-valuenow'));
});

test('the host switches article and theme by attribute; the reader never touches the host address', async ({
  page,
}) => {
  await listen(page);
  await page.goto(`${host.url}hostile.html`);
  const address = page.url();
  const historyLength = await page.evaluate(() => history.length);
  await expect(inWidget(page, 'seed', 'article h1')).toHaveText(SEED.title);

  await page.locator('#seed').evaluate((element) => element.setAttribute('article', 'measure-of-a-line'));
  await expect(inWidget(page, 'seed', 'article h1')).toHaveText(DEMO.articles[2].title);
  await page.locator('#seed').evaluate((element) => element.open('reading-with-lectern'));
  await expect(inWidget(page, 'seed', 'article h1')).toHaveText(DEMO.articles[1].title);

  const box = inWidget(page, 'seed', '.lectern-widget');
  const background = () => box.evaluate((element) => getComputedStyle(element).backgroundColor);
  await page.locator('#seed').evaluate((element) => element.setAttribute('theme', 'light'));
  const light = await background();
  await page.locator('#seed').evaluate((element) => element.setAttribute('theme', 'dark'));
  await expect.poll(background).not.toBe(light);

  // A reader's click inside the widget navigates inside it: the list, then an article.
  await inWidget(page, 'added', `a:has-text("${DEMO.articles[2].title}")`).first().click();
  await expect(inWidget(page, 'added', 'article h1')).toHaveText(DEMO.articles[2].title);
  const navigations = await page.evaluate(() => window.heard.filter((event) => event.type === 'lectern-navigate'));
  expect(navigations).toContainEqual({
    type: 'lectern-navigate',
    id: 'added',
    detail: { feed: expect.stringMatching(/\/feed\.json$/), article: DEMO.articles[2].id },
  });
  expect(page.url()).toBe(address);
  expect(await page.evaluate(() => history.length)).toBe(historyLength);
  expect(await page.title()).toBe('A hostile host');
  // Links inside the widget are real links to the full app, for a new tab.
  const href = await inWidget(page, 'added', '.related a').first().getAttribute('href');
  expect(href).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?article=[\w-]+$/);
});

test('removing a widget unmounts it; adding it back mounts it again', async ({ page }) => {
  await listen(page);
  await page.goto(`${host.url}hostile.html`);
  await expect(inWidget(page, 'seed', 'article h1')).toHaveText(SEED.title);
  const widget = await page.locator('#seed').elementHandle();

  // Moving is not removing: the reader stays mounted.
  await page.evaluate((element) => document.body.append(element), widget);
  await expect(inWidget(page, 'seed', 'article h1')).toHaveText(SEED.title);

  await page.evaluate((element) => {
    window.removed = element;
    element.remove();
  }, widget);
  await expect.poll(() => page.evaluate(() => window.removed.shadowRoot.querySelector('article'))).toBeNull();
  // A detached reader reports nothing more.
  const before = await page.evaluate(() => window.heard.length);
  await page.evaluate(() =>
    window.removed.shadowRoot.querySelector('.lectern-widget').dispatchEvent(new Event('scroll')),
  );
  expect(await page.evaluate(() => window.heard.length)).toBe(before);

  await page.evaluate(() => document.body.prepend(window.removed));
  await expect(inWidget(page, 'seed', 'article h1')).toHaveText(SEED.title);
});

test('a relative feed resolves against the host page, and a narrow widget fits its 280 px', async ({ page }) => {
  await page.goto(`${host.url}hostile.html`);
  await expect(inWidget(page, 'relative', 'article h1')).toHaveText(DEMO.articles[1].title);
  const box = inWidget(page, 'relative', '.lectern-widget');
  const size = await box.evaluate((element) => ({ width: element.clientWidth, scroll: element.scrollWidth }));
  expect(size.width).toBe(280);
  expect(size.scroll).toBeLessThanOrEqual(size.width);
});

test('the Wasm is not fetched until a widget comes near the viewport', async ({ page }) => {
  const wasm = [];
  page.on('request', (request) => {
    if (request.url().endsWith('.wasm')) wasm.push(request.url());
  });
  await page.goto(`${host.url}far.html`);
  await page.waitForLoadState('load');
  await expect(page.locator('lectern-reader').locator('.loading')).toHaveText('Loading Lectern…');
  expect(wasm).toEqual([]);
  await page.locator('lectern-reader').scrollIntoViewIfNeeded();
  await expect(page.locator('lectern-reader').locator(`a:has-text("${SEED.title}")`).first()).toBeVisible();
  expect(wasm).toHaveLength(1);
});

test("what a widget opens on purpose comes as a chunk from the reader's origin, not the host's", async ({
  page,
  baseURL,
}) => {
  const chunks = [];
  page.on('request', (request) => {
    if (/\/chunk-[^/]*\.wasm$/.test(request.url())) chunks.push(request.url());
  });
  await page.goto(`${host.url}calm.html`);
  const widget = page.locator('lectern-reader');
  await expect(widget.locator('article h1')).toHaveText(SEED.title);
  expect(chunks).toEqual([]);
  await widget.getByRole('button', { name: 'Reading settings' }).click();
  await expect(widget.getByRole('region', { name: 'Reading settings' })).toBeVisible();
  await expect(widget.getByRole('button', { name: 'Larger text' })).toBeEnabled();
  expect(chunks.length).toBeGreaterThan(0);
  for (const url of chunks) expect(url.startsWith(baseURL)).toBe(true);
});

test('a strict-CSP host reads through the iframe alternative, and hears it by postMessage', async ({
  page,
  baseURL,
}) => {
  await page.goto(`${host.url}strict.html`);
  const article = page.frameLocator('#reader');
  await expect(article.locator('article h1')).toHaveText(SEED.title);
  await expect(page.frameLocator('#list').locator(`a:has-text("${SEED.title}")`).first()).toBeVisible();
  // Auto-height: the list's frame grows to its content.
  await expect
    .poll(() => page.locator('#list').evaluate((frame) => frame.getBoundingClientRect().height))
    .toBeGreaterThan(600);

  await article.locator('article').evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
  await expect
    .poll(() => page.evaluate(() => window.heard.filter((message) => message.type === 'lectern-progress').length))
    .toBeGreaterThan(0);
  const progress = await page.evaluate(() =>
    window.heard.filter((message) => message.type === 'lectern-progress').at(-1),
  );
  expect(progress.origin).toBe(baseURL.replace(/\/$/, ''));
  expect(progress.detail).toEqual({ feed: `${baseURL}feed.json`, article: SEED.id, percent: expect.any(Number) });
  expect(progress.detail.percent).toBeGreaterThan(0);
});

test('axe: a host page with a widget has no serious or critical violations', async ({ page }) => {
  await page.goto(`${host.url}calm.html`);
  await expect(page.locator('lectern-reader').locator('article h1')).toHaveText(SEED.title);
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((violation) => ['serious', 'critical'].includes(violation.impact));
  expect(
    serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`),
  ).toEqual([]);
});
