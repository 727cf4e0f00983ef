// RSS 2.0, RSS 1.0 (RDF) and Atom from the shared corpora, read in place and served by request
// interception with the Content-Types real servers send (text/xml, application/xml,
// application/rss+xml, application/atom+xml, text/html, application/octet-stream): each opens
// from `?feed=`, from "Open a feed", by autodiscovery, from OPML and in the widget.
import fs from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, expectList, ORIGIN, readerUrl, serveDirectory, test } from './helpers.mjs';

/** The repository root: the directory holding playwright.config.mjs. */
const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CORPORA = process.env.LECTERN_CORPORA ?? path.resolve(REPO_ROOT, '../shared/corpora');
const REAL = path.join(CORPORA, 'feeds-xml', 'real');
const FEED_RS = path.join(CORPORA, 'feeds-xml', 'feed-rs');
// Missing corpora fail the run loudly rather than skipping the tests.
if (!fs.existsSync(REAL)) throw new Error(`xml-feeds.spec.mjs: corpus not found: ${REAL} (set LECTERN_CORPORA)`);

/** Serves the corpus file `file` (its bytes as saved) at `url` with `contentType`, CORS allowed. */
async function serveFile(page, url, file, contentType) {
  const body = fs.readFileSync(file);
  await page.route(url, (route) =>
    route.fulfill({ status: 200, headers: { 'access-control-allow-origin': '*', 'content-type': contentType }, body }),
  );
}

/** Serves `text` at `url` with `contentType`, CORS allowed. */
async function serveText(page, url, text, contentType) {
  await page.route(url, (route) =>
    route.fulfill({
      status: 200,
      headers: { 'access-control-allow-origin': '*', 'content-type': contentType },
      body: text,
    }),
  );
}

/** Opens the first article of the list on screen, titled `title`, and checks its headline. */
async function openArticle(page, title) {
  await page.getByRole('link', { name: title }).first().click();
  await expect(page.locator('article')).toHaveCount(1);
  await expect(page.locator('article h1')).toContainText(title);
}

/** The "Open a feed" field's label. */
const OPEN_FIELD = 'Address of a feed (RSS, Atom or JSON Feed), or of a site that has one';

const RSS = { file: path.join(REAL, 'macworld.rss'), title: 'Macworld', items: 30 };
const RSS_FIRST = 'Best smart lock';
const ATOM = { file: path.join(REAL, 'qemu.atom'), title: 'QEMU', items: 10 };
const ATOM_FIRST = 'QEMU version 10.1.0 released';

test('an RSS 2.0 feed served as application/rss+xml lists its items and opens one', async ({ page }) => {
  const url = `${ORIGIN}/macworld.rss`;
  await serveFile(page, url, RSS.file, 'application/rss+xml; charset=utf-8');
  await page.goto(readerUrl(url));
  await expectList(page, RSS.title, RSS.items);
  await openArticle(page, RSS_FIRST);
  await expect(page.locator('article .article-body p').first()).toBeVisible();
});

test('an RSS feed served as text/xml and one served as text/html both read as RSS', async ({ page }) => {
  await serveFile(page, `${ORIGIN}/as-xml`, RSS.file, 'text/xml');
  await serveFile(page, `${ORIGIN}/as-html`, RSS.file, 'text/html; charset=utf-8');
  await page.goto(readerUrl(`${ORIGIN}/as-xml`));
  await expectList(page, RSS.title, RSS.items);
  await page.goto(readerUrl(`${ORIGIN}/as-html`));
  await expectList(page, RSS.title, RSS.items);
});

test('an Atom feed served as application/atom+xml lists its entries and opens one', async ({ page }) => {
  const url = `${ORIGIN}/qemu.atom`;
  await serveFile(page, url, ATOM.file, 'application/atom+xml');
  await page.goto(readerUrl(url));
  await expectList(page, ATOM.title, ATOM.items);
  await openArticle(page, ATOM_FIRST);
});

test('an RSS feed saved as .atom and served as application/octet-stream still reads, by its content', async ({
  page,
}) => {
  const url = `${ORIGIN}/allthis`;
  await serveFile(page, url, path.join(REAL, 'allthis.atom'), 'application/octet-stream');
  await page.goto(readerUrl(url));
  await expectList(page, 'And now it’s all this', 12);
  await openArticle(page, 'Last thoughts on modifier keys');
});

test('an RSS 1.0 (RDF) feed served as application/xml lists its items', async ({ page }) => {
  const url = `${ORIGIN}/bio.rdf`;
  await serveFile(page, url, path.join(REAL, 'bio.rdf'), 'application/xml');
  await page.goto(readerUrl(url));
  await expectList(page, 'bioRxiv Subject Collection: Plant Biology', 30);
  await openArticle(page, 'Wheat inositol pyrophosphate kinase (TaVIH2-3B)');
});

test('an ISO-8859-1 feed is decoded by its XML declaration: accented titles read right', async ({ page }) => {
  // Portuguese, saved in ISO-8859-1 and declared so; served without a charset, as many servers do.
  const url = `${ORIGIN}/inovacao.xml`;
  await serveFile(page, url, path.join(FEED_RS, 'rss_2.0_encoding_1.xml'), 'text/xml');
  await page.goto(readerUrl(url));
  await expectList(page, 'RSS Feed do Site Inovação Tecnológica', 1);
  await expect(page.locator('li.entry')).toContainText('Revolução nas telas com pontos quânticos impressos em 3D');
  await expect(page.locator('body')).not.toContainText('\uFFFD');
});

test('a site page that links its Atom feed offers to open it, naming the kind', async ({ page }) => {
  await serveFile(page, 'https://daringfireball.net/', path.join(REAL, 'DaringFireball.html'), 'text/html');
  await serveFile(
    page,
    'https://daringfireball.net/feeds/main',
    path.join(REAL, 'DaringFireball.atom'),
    'application/atom+xml; charset=utf-8',
  );
  await page.goto(readerUrl('https://daringfireball.net/'));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('This address is a web page, not a feed. The page links to a feed.');
  await alert.getByRole('link', { name: 'Open the feed this page links to (Atom)' }).click();
  await expectList(page, 'Daring Fireball', 48);
  await expect(page).toHaveURL(
    /feed=https%3A%2F%2Fdaringfireball\.net%2Ffeeds%2Fmain|feed=https:\/\/daringfireball\.net\/feeds\/main/,
  );
});

test('Open a feed, given a site whose page links its RSS feed, opens that feed', async ({ page }) => {
  // furbo.org's page links http://furbo.org/feed/; a saved RSS feed stands in for it there.
  await serveFile(page, 'https://furbo.org/', path.join(REAL, 'furbo.html'), 'text/html; charset=utf-8');
  await serveFile(page, 'http://furbo.org/feed/', RSS.file, 'application/rss+xml');
  await page.goto('./');
  await page.getByLabel('Address of a feed (RSS, Atom or JSON Feed), or of a site that has one').fill('furbo.org');
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page).toHaveURL(/\?feed=http:\/\/furbo\.org\/feed\/$/);
  await expectList(page, RSS.title, RSS.items);
});

test('OPML import adds an RSS and an Atom feed; both open from the library and export names their kinds', async ({
  page,
}) => {
  await serveFile(page, `${ORIGIN}/macworld.rss`, RSS.file, 'application/rss+xml');
  await serveFile(page, `${ORIGIN}/qemu.atom`, ATOM.file, 'application/atom+xml');
  await page.goto('./?view=library');
  await page.getByRole('button', { name: /Move your feeds/ }).click();
  await page.locator('.opml-tools input[type=file]').setInputFiles({
    name: 'feeds.opml',
    mimeType: 'text/x-opml',
    buffer: Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head><title>From another reader</title></head>
  <body>
    <outline type="rss" text="Macworld" xmlUrl="${ORIGIN}/macworld.rss"/>
    <outline type="rss" text="QEMU" xmlUrl="${ORIGIN}/qemu.atom"/>
  </body>
</opml>`),
  });
  await expect(page.locator('.opml-status')).toContainText('Imported: 2 added, 0 already in your library.');
  const row = (name) => page.locator('.library-feed', { has: page.getByRole('link', { name, exact: true }) });
  // The background check reads both, whatever their format.
  await expect(row(RSS.title).locator('.library-meta')).toContainText(`${RSS.items} articles`);
  await expect(row(ATOM.title).locator('.library-meta')).toContainText(`${ATOM.items} articles`);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export feeds (OPML)' }).click(),
  ]);
  const exported = await readFile(await download.path(), 'utf8');
  expect(exported).toContain(`version="RSS2" text="Macworld"`);
  expect(exported).toContain(`version="Atom" text="QEMU"`);

  await row(RSS.title).getByRole('link', { name: RSS.title, exact: true }).click();
  await expectList(page, RSS.title, RSS.items);
  await page.goto('./?view=library');
  await row(ATOM.title).getByRole('link', { name: ATOM.title, exact: true }).click();
  await expectList(page, ATOM.title, ATOM.items);
  await openArticle(page, ATOM_FIRST);
});

test('XML that is not well-formed gives an alert with its line and column', async ({ page }) => {
  const url = `${ORIGIN}/broken.rss`;
  await serveText(
    page,
    url,
    '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Broken</title>\n<item><title>Fish & chips</title></item></channel></rss>',
    'application/rss+xml',
  );
  await page.goto(readerUrl(url));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(/The feed is not well-formed XML \(line 3, column \d+\)\./);
  await expect(page.locator('article')).toHaveCount(0);
});

test('HTML entities XML does not define are repaired, not refused', async ({ page }) => {
  const url = `${ORIGIN}/entities.rss`;
  await serveText(
    page,
    url,
    '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Entities&nbsp;feed</title>' +
      '<item><guid>one</guid><title>Caf&eacute; &mdash; open</title><description>Hi.</description></item></channel></rss>',
    'application/xml',
  );
  await page.goto(readerUrl(url));
  await expectList(page, 'Entities\u00a0feed', 1);
  await expect(page.locator('li.entry')).toContainText('Café — open');
});

test('XML that is not a feed gives an alert', async ({ page }) => {
  const url = `${ORIGIN}/sitemap.xml`;
  await serveText(
    page,
    url,
    '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://feeds.example/</loc></url></urlset>',
    'application/xml',
  );
  await page.goto(readerUrl(url));
  await expect(page.getByRole('alert')).toContainText('This is XML, but not an RSS, Atom or RDF feed.');
});

test.describe('the widget', () => {
  let host;
  let hostDir;

  test.beforeAll(async ({ baseURL }) => {
    hostDir = await mkdtemp(path.join(tmpdir(), 'lectern-xml-host-'));
    const reader = baseURL.replace(/\/$/, '');
    await writeFile(
      path.join(hostDir, 'atom.html'),
      `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>An Atom host</title>
<script type="module" src="${reader}/embed.js"></script></head>
<body><main><h1>News</h1>
<lectern-reader id="atom" feed="${ORIGIN}/qemu.atom"></lectern-reader>
</main></body>
</html>`,
    );
    host = await serveDirectory(hostDir);
  });

  test.afterAll(async () => {
    await host?.stop();
    await rm(hostDir, { recursive: true, force: true });
  });

  test('with an Atom feed attribute lists its entries and opens one', async ({ page }) => {
    await serveFile(page, `${ORIGIN}/qemu.atom`, ATOM.file, 'application/atom+xml');
    await page.goto(`${host.url}atom.html`);
    const widget = page.locator('#atom');
    await expect(widget.locator('li.entry')).toHaveCount(ATOM.items);
    await widget.getByRole('link', { name: ATOM_FIRST }).first().click();
    await expect(widget.locator('article h1')).toHaveText(ATOM_FIRST);
  });
});

// ---------------------------------------------------------------------------------------------
// Every kind from every way in, over real HTTP: a feed server on loopback (its own origin) serves
// the corpus files as saved, each with the Content-Type asked for in `?type=` (else its own), and
// small pages that link them. No request interception: the browser sees what a real server sends.

/** The three kinds, each a real feed of the corpus with what its list must show. */
const KINDS = [
  {
    kind: 'RSS',
    path: '/macworld.rss',
    file: RSS.file,
    type: 'application/rss+xml; charset=utf-8',
    linkType: 'application/rss+xml',
    title: RSS.title,
    items: RSS.items,
    first: RSS_FIRST,
  },
  {
    kind: 'RSS 1.0 (RDF)',
    path: '/bio.rdf',
    file: path.join(REAL, 'bio.rdf'),
    type: 'application/rdf+xml',
    linkType: 'application/rdf+xml',
    title: 'bioRxiv Subject Collection: Plant Biology',
    items: 30,
    first: 'Wheat inositol pyrophosphate kinase (TaVIH2-3B)',
  },
  {
    kind: 'Atom',
    path: '/qemu.atom',
    file: ATOM.file,
    type: 'application/atom+xml',
    linkType: 'application/atom+xml',
    title: ATOM.title,
    items: ATOM.items,
    first: ATOM_FIRST,
  },
];

/** The Content-Types real servers send feeds with, besides a feed's own. */
const SERVED_AS = ['text/xml', 'application/xml', 'text/html; charset=utf-8', 'application/octet-stream'];

/** A page at `/<name>.html` that links `links` ([type, href, title]) in its head. */
function linkingPage(links) {
  const tags = links.map(
    ([type, href, title]) => `<link rel="alternate" type="${type}" title="${title}" href="${href}">`,
  );
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A site</title>${tags.join('')}</head><body><h1>A site</h1></body></html>`;
}

/** The JSON Feed a page may offer beside its RSS and Atom feeds. */
const JSON_FEED = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'The JSON Feed of the site',
  items: [{ id: 'j1', title: 'Only in the JSON Feed', content_text: 'Hello.' }],
};

/** The feed server: the corpus feeds (by `?type=`), a page per kind linking it, and a page linking
 * RSS, Atom and a JSON Feed. Runs in the test's own process on a free loopback port. */
async function feedServer() {
  const pages = {
    '/several.html': linkingPage([
      ['application/rss+xml', '/macworld.rss', 'RSS'],
      ['application/atom+xml', '/qemu.atom', 'Atom'],
      ['application/feed+json', '/feed.json', 'JSON Feed'],
    ]),
  };
  for (const { path: feedPath, linkType, kind } of KINDS) {
    pages[`${feedPath.replace(/\.\w+$/, '')}.html`] = linkingPage([[linkType, feedPath, kind]]);
  }
  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://x');
    const kind = KINDS.find((candidate) => candidate.path === url.pathname);
    const answer = (type, body) =>
      response.writeHead(200, { 'content-type': type, 'access-control-allow-origin': '*' }).end(body);
    if (kind) answer(url.searchParams.get('type') ?? kind.type, fs.readFileSync(kind.file));
    else if (pages[url.pathname]) answer('text/html; charset=utf-8', pages[url.pathname]);
    else if (url.pathname === '/feed.json') answer('application/feed+json', JSON.stringify(JSON_FEED));
    else response.writeHead(404, { 'access-control-allow-origin': '*' }).end('Not found');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    stop: () => new Promise((resolve) => server.close(resolve)),
  };
}

test.describe('every kind, served over HTTP', () => {
  let feeds;
  let host;
  let hostDir;

  test.beforeAll(async ({ baseURL }) => {
    feeds = await feedServer();
    // A host page per kind, each with one widget whose `feed` attribute is that kind's address.
    hostDir = await mkdtemp(path.join(tmpdir(), 'lectern-xml-kinds-'));
    const reader = baseURL.replace(/\/$/, '');
    for (const [index, { path: feedPath }] of KINDS.entries()) {
      await writeFile(
        path.join(hostDir, `widget-${index}.html`),
        `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>A host</title>
<script type="module" src="${reader}/embed.js"></script></head>
<body><main><h1>News</h1>
<lectern-reader id="widget" feed="${feeds.url}${feedPath}"></lectern-reader>
</main></body>
</html>`,
      );
    }
    host = await serveDirectory(hostDir);
  });

  test.afterAll(async () => {
    await feeds?.stop();
    await host?.stop();
    await rm(hostDir, { recursive: true, force: true });
  });

  for (const [index, feed] of KINDS.entries()) {
    test(`${feed.kind} opens from ?feed= whatever Content-Type it is served with`, async ({ page }) => {
      for (const type of [feed.type, ...SERVED_AS]) {
        await page.goto(readerUrl(`${feeds.url}${feed.path}?type=${encodeURIComponent(type)}`));
        await expectList(page, feed.title, feed.items);
      }
      await openArticle(page, feed.first);
    });

    test(`${feed.kind} opens from Open a feed, by its own address`, async ({ page }) => {
      await page.goto('./');
      await page.getByLabel(OPEN_FIELD).fill(`${feeds.url}${feed.path}`);
      await page.getByRole('button', { name: 'Open', exact: true }).click();
      await expectList(page, feed.title, feed.items);
      await openArticle(page, feed.first);
    });

    test(`${feed.kind} opens by autodiscovery, from ?feed= and from Open a feed`, async ({ page }) => {
      const site = `${feeds.url}${feed.path.replace(/\.\w+$/, '')}.html`;
      await page.goto(readerUrl(site));
      const alert = page.getByRole('alert');
      await expect(alert).toContainText('This address is a web page, not a feed. The page links to a feed.');
      await alert.getByRole('link', { name: `Open the feed this page links to (${feed.kind})` }).click();
      await expectList(page, feed.title, feed.items);

      await page.goto('./');
      await page.getByLabel(OPEN_FIELD).fill(site);
      await page.getByRole('button', { name: 'Open', exact: true }).click();
      await expectList(page, feed.title, feed.items);
      await openArticle(page, feed.first);
    });

    test(`${feed.kind} opens in the widget, from its feed attribute`, async ({ page }) => {
      await page.goto(`${host.url}widget-${index}.html`);
      const widget = page.locator('#widget');
      await expect(widget.locator('li.entry')).toHaveCount(feed.items);
      await widget.getByRole('link', { name: feed.first }).first().click();
      await expect(widget.locator('article h1')).toContainText(feed.first);
    });
  }

  test('OPML import adds an RSS, an RDF and an Atom feed, and each opens from the library', async ({ page }) => {
    await page.goto('./?view=library');
    await page.getByRole('button', { name: /Move your feeds/ }).click();
    const outlines = KINDS.map(
      ({ path: feedPath, kind }) => `<outline type="rss" text="${kind}" xmlUrl="${feeds.url}${feedPath}"/>`,
    );
    await page.locator('.opml-tools input[type=file]').setInputFiles({
      name: 'feeds.opml',
      mimeType: 'text/x-opml',
      buffer: Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>From another reader</title></head><body>${outlines.join('')}</body></opml>`),
    });
    await expect(page.locator('.opml-status')).toContainText('Imported: 3 added, 0 already in your library.');
    const row = (name) => page.locator('.library-feed', { has: page.getByRole('link', { name, exact: true }) });
    for (const feed of KINDS) {
      // The background check reads each, whatever its format, and names it by its own title.
      await expect(row(feed.title).locator('.library-meta')).toContainText(`${feed.items} articles`);
    }
    for (const feed of KINDS) {
      await page.goto('./?view=library');
      await row(feed.title).getByRole('link', { name: feed.title, exact: true }).click();
      await expectList(page, feed.title, feed.items);
      await openArticle(page, feed.first);
    }
  });
});
