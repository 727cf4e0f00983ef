// Offline reading after the first load, with a real outage: each test serves its own copy of
// dist/ from its own static server process, and stops that process to cut the network.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO, expect, expectArticle, expectList, serveDirectory, test } from './helpers.mjs';

test.use({ serviceWorkers: 'allow' });

const LONG_READ = DEMO.articles[2];
const PIXEL =
  '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="#8a3b12"/></svg>';

/** A copy of dist/ (plus `extra` files) served by its own process; `stop()` is a real outage. */
async function ownServer(extra = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'lectern-offline-'));
  await cp('dist', dir, { recursive: true });
  for (const [name, body] of Object.entries(extra)) await writeFile(join(dir, name), body);
  const server = await serveDirectory(dir);
  return {
    ...server,
    dir,
    async close() {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Opens `url` and waits until the service worker controls the page. */
async function openControlled(page, url) {
  await page.goto(url);
  await page.waitForFunction(
    () => navigator.serviceWorker?.controller !== null && navigator.serviceWorker?.controller !== undefined,
  );
}

const FIXTURE = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Pictures',
  items: [
    {
      id: 'pic',
      title: 'An article with a picture',
      content_html: '<p>Before.</p><img src="pic.svg" alt="A red bar"><p>After.</p>',
    },
  ],
};

let server;
test.afterEach(async () => {
  await server?.close();
  server = undefined;
});

test('after one visit, an outage still shows the list, the article at its place, and its images', async ({ page }) => {
  server = await ownServer({ 'pictures.json': JSON.stringify(FIXTURE), 'pic.svg': PIXEL });
  await openControlled(page, server.url);
  await expectList(page);
  // Read part of the long essay, and open an article with an image, while online.
  await page.goto(`${server.url}?article=${LONG_READ.id}`);
  await expectArticle(page, LONG_READ.title);
  await page.evaluate(() => window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) * 0.5));
  await page.waitForFunction(() => Object.keys(localStorage).some((key) => key.startsWith('lectern:progress:')));
  await page.goto(`${server.url}?feed=pictures.json&article=pic`);
  await expect(page.locator('article img')).toHaveJSProperty('naturalWidth', 40);

  await server.stop();

  await page.goto(`${server.url}?article=${LONG_READ.id}`);
  await expectArticle(page, LONG_READ.title);
  await expect(page.locator('.resume-note')).toContainText('Resumed');
  await expect(page.locator('.saved-note')).toContainText('Offline: this is the copy of the feed saved from');
  // Progress keeps saving with the server gone.
  const before = await page.evaluate(() => window.scrollY);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForFunction(() =>
    Object.keys(localStorage).some(
      (key) => key.startsWith('lectern:progress:') && JSON.parse(localStorage.getItem(key)).percent === 100,
    ),
  );
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(before);

  await page.goto(server.url);
  await expectList(page);
  await page.goto(`${server.url}?feed=pictures.json&article=pic`);
  await expectArticle(page, FIXTURE.items[0].title);
  await expect(page.locator('article img')).toHaveJSProperty('naturalWidth', 40);
});

test('a feed never saved, with the server down, says so and leads back to what is saved', async ({ page }) => {
  server = await ownServer();
  await openControlled(page, server.url);
  await expectList(page);
  await server.stop();
  await page.goto(`${server.url}?feed=never-saved.json`);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('it has not been saved for reading offline');
  await alert.getByRole('link', { name: 'Read the demo feed' }).click();
  await expectList(page);
});

test('a feed fetch that hangs falls back to the saved copy, with its notice', async ({ page }) => {
  server = await ownServer();
  await openControlled(page, server.url);
  await expectList(page);
  // The service worker's own request for the feed never answers.
  await page.context().route('**/feed.json', () => {});
  await page.reload();
  await expectList(page);
  await expect(page.locator('.saved-note')).toContainText('Offline: this is the copy of the feed saved');
});

test('a new build shows the update prompt, and accepting it keeps the reader’s place', async ({ page }) => {
  server = await ownServer();
  await openControlled(page, `${server.url}?article=${LONG_READ.id}`);
  await expectArticle(page, LONG_READ.title);
  await page.evaluate(() => window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) * 0.4));
  await page.waitForFunction(() => Object.keys(localStorage).some((key) => key.startsWith('lectern:progress:')));
  const place = await page.evaluate(
    () =>
      [...document.querySelectorAll('.article-body [id]')].filter((unit) => unit.getBoundingClientRect().top <= 8).pop()
        ?.id,
  );

  // A new build at the same origin: the worker's bytes change.
  const worker = join(server.dir, 'sw.js');
  await writeFile(
    worker,
    (await readFile(worker, 'utf8')).replace(/const VERSION = '[^']*'/, "const VERSION = 'next-build'"),
  );
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration.update()));
  const prompt = page.locator('.update-note');
  await expect(prompt).toContainText('A new version of Lectern is ready.');
  await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Reload' }).click()]);
  await expectArticle(page, LONG_READ.title);
  await expect(page.locator('.resume-note')).toContainText('Resumed');
  const resumed = await page.evaluate(
    () =>
      [...document.querySelectorAll('.article-body [id]')].filter((unit) => unit.getBoundingClientRect().top <= 8).pop()
        ?.id,
  );
  expect(resumed).toBe(place);
  expect(await page.evaluate(() => caches.keys())).toContain('lectern-shell-next-build');
});

test('Save for offline keeps every article of a feed and its images, then an outage reads them all', async ({
  page,
}) => {
  const items = [1, 2, 3].map((n) => ({
    id: `saved-${n}`,
    title: `Saved article ${n}`,
    content_html: `<p>Article ${n} has a picture.</p><figure><img src="pic-${n}.svg" alt="Picture ${n}"></figure>`,
  }));
  const first = {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Saved feed',
    items: items.slice(0, 2),
    next_url: 'saved-2.json',
  };
  const second = { version: 'https://jsonfeed.org/version/1.1', title: 'Saved feed', items: items.slice(2) };
  server = await ownServer({
    'saved.json': JSON.stringify(first),
    'saved-2.json': JSON.stringify(second),
    'pic-1.svg': PIXEL,
    'pic-2.svg': PIXEL,
    'pic-3.svg': PIXEL,
  });
  await openControlled(page, server.url);
  await page.goto(`${server.url}?feed=saved.json`);
  await expectList(page, 'Saved feed', 2);
  await page.getByRole('button', { name: 'Save for offline' }).click();
  const status = page.locator('.save-status');
  await expect(status).toContainText('Saved for offline: 3 articles, 5 files.', { timeout: 20_000 });
  await expect(status).toContainText('Lectern now uses');

  await server.stop();

  // No article was opened before: every one opens, with its picture, from what was saved.
  for (const item of items) {
    const pageOfFeed = item.id === 'saved-3' ? 'saved-2.json' : 'saved.json';
    await page.goto(`${server.url}?feed=${pageOfFeed}&article=${item.id}`);
    await expectArticle(page, item.title);
    await expect(page.locator('article img')).toHaveJSProperty('naturalWidth', 40);
  }
});

/**
 * A second origin whose pictures each wait until the test lets one through (`releaseOne`), so a
 * save can be caught between two files. CORS open, as a picture host must be for saving.
 */
async function heldPictures() {
  const waiting = [];
  let served = 0;
  const http = createServer((_request, response) => {
    waiting.push(() => {
      served += 1;
      response.writeHead(200, { 'content-type': 'image/svg+xml', 'access-control-allow-origin': '*' }).end(PIXEL);
    });
  });
  await new Promise((resolve) => http.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${http.address().port}/`,
    releaseOne: () => waiting.shift()?.(),
    served: () => served,
    close: () =>
      new Promise((resolve) => {
        http.closeAllConnections();
        http.close(resolve);
      }),
  };
}

test('Cancel stops saving between two files and says that part was saved', async ({ page }) => {
  const pictures = await heldPictures();
  try {
    const items = [1, 2, 3].map((n) => ({
      id: `held-${n}`,
      title: `Held article ${n}`,
      content_html: `<p>Article ${n}.</p><figure><img src="${pictures.url}pic-${n}.svg" alt="Picture ${n}"></figure>`,
    }));
    server = await ownServer({
      'held.json': JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Held feed', items }),
    });
    await openControlled(page, server.url);
    await page.goto(`${server.url}?feed=held.json`);
    await expectList(page, 'Held feed', 3);
    await page.getByRole('button', { name: 'Save for offline' }).click();
    const status = page.locator('.save-status');
    // The feed is saved; the first picture waits on its server.
    await expect(status).toHaveText('Saving for offline: 1 of 4 files');
    await expect(page.locator('progress.save-progress')).toHaveAttribute('value', '1');
    await page.getByRole('button', { name: 'Cancel' }).click();
    // Pictures go through one at a time; the worker stops before the last one.
    await expect
      .poll(
        async () => {
          pictures.releaseOne();
          return status.textContent();
        },
        { intervals: [250] },
      )
      .toMatch(/^Stopped: saved part: 3 articles/);
    expect(pictures.served()).toBeLessThan(3);
    await expect(page.getByRole('button', { name: 'Save for offline' })).toBeVisible();
  } finally {
    await pictures.close();
  }
});

test('after one visit, an outage still opens what comes in a chunk: the settings panel and the library', async ({
  page,
}) => {
  server = await ownServer();
  // The first view never asked for a chunk; the worker's precache has them all the same.
  await openControlled(page, `${server.url}?article=${DEMO.articles[0].id}`);
  await expectArticle(page, DEMO.articles[0].title);
  await page.waitForFunction(
    async () =>
      (await caches.keys()).length > 0 &&
      (
        await Promise.all(
          (
            await caches.keys()
          ).map(async (name) =>
            (await (await caches.open(name)).keys()).some((request) => /chunk-settings_panel-/.test(request.url)),
          ),
        )
      ).some(Boolean),
  );

  await server.stop();

  await page.goto(`${server.url}?article=${DEMO.articles[0].id}`);
  await expectArticle(page, DEMO.articles[0].title);
  await page.getByRole('button', { name: 'Reading settings' }).click();
  await expect(page.getByRole('region', { name: 'Reading settings' })).toBeVisible();
  await page.goto(server.url);
  await expectList(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Your feeds' })).toBeVisible();
});

test('an RSS feed and an Atom feed saved for offline, with their pictures, read in an outage', async ({ page }) => {
  // Served by the plain static server, which names neither .rss nor .atom: application/octet-stream,
  // as many real servers send feeds; what they are comes from their content.
  const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Saved RSS</title><link>https://example.org/</link>
<item><guid>rss-1</guid><title>RSS article one</title><description>&lt;p&gt;One.&lt;/p&gt;&lt;img src="pic-1.svg" alt="One"&gt;</description></item>
<item><guid>rss-2</guid><title>RSS article two</title><description>&lt;p&gt;Two.&lt;/p&gt;&lt;img src="pic-2.svg" alt="Two"&gt;</description></item>
</channel></rss>`;
  const atom = `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Saved Atom</title><id>urn:saved-atom</id><updated>2026-01-01T00:00:00Z</updated>
<entry><id>urn:atom-1</id><title>Atom article</title><updated>2026-01-01T00:00:00Z</updated>
<content type="html">&lt;p&gt;Three.&lt;/p&gt;&lt;img src="pic-3.svg" alt="Three"&gt;</content></entry>
</feed>`;
  server = await ownServer({
    'saved.rss': rss,
    'saved.atom': atom,
    'pic-1.svg': PIXEL,
    'pic-2.svg': PIXEL,
    'pic-3.svg': PIXEL,
  });
  await openControlled(page, server.url);
  const saves = [
    { feed: 'saved.rss', title: 'Saved RSS', articles: ['rss-1', 'rss-2'], said: '2 articles, 3 files' },
    { feed: 'saved.atom', title: 'Saved Atom', articles: ['urn:atom-1'], said: '1 article, 2 files' },
  ];
  for (const save of saves) {
    await page.goto(`${server.url}?feed=${save.feed}`);
    await expectList(page, save.title, save.articles.length);
    await page.getByRole('button', { name: 'Save for offline' }).click();
    await expect(page.locator('.save-status')).toContainText(`Saved for offline: ${save.said}.`, { timeout: 20_000 });
  }

  await server.stop();

  for (const save of saves) {
    await page.goto(`${server.url}?feed=${save.feed}`);
    await expectList(page, save.title, save.articles.length);
    await expect(page.locator('.saved-note')).toContainText('Offline: this is the copy of the feed saved from');
    for (const id of save.articles) {
      await page.goto(`${server.url}?${new URLSearchParams({ feed: save.feed, article: id })}`);
      await expect(page.locator('article')).toHaveCount(1);
      await expect(page.locator('article img')).toHaveJSProperty('naturalWidth', 40);
    }
  }
});
