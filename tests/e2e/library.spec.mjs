// Your feeds (issue 18): open a feed from the field, follow it, see what is new since the last
// visit, continue reading across feeds, and move the library in and out as OPML; the first visit
// still lists the demo feed's articles. Fixture feeds are served by request interception.
import AxeBuilder from '@axe-core/playwright';
import {
  CORS_JSON,
  DEMO,
  expect,
  expectList,
  feedWith,
  ORIGIN,
  readerUrl,
  serveDirectory,
  serveFeed,
  test,
} from './helpers.mjs';

const STORAGE_KEY = 'lectern:library';
const ONE = `${ORIGIN}/one.json`;
const items = (...ids) => ids.map((id) => ({ id, title: `Post ${id}`, content_text: `Text of ${id}.` }));

/** The field, filled with `address` and submitted with its button (or with Enter). */
async function openFromField(page, address, { enter = false } = {}) {
  const field = page.getByLabel('Address of a feed (RSS, Atom or JSON Feed), or of a site that has one');
  await field.fill(address);
  if (enter) await field.press('Enter');
  else await page.getByRole('button', { name: 'Open', exact: true }).click();
}

/** The Follow / Following toggle on a feed's list. */
const followButton = (page) => page.locator('.follow-button');

/** The library's row for the feed named `name`. */
const row = (page, name) => page.locator('.library-feed', { has: page.getByRole('link', { name, exact: true }) });

/** The stored library, parsed (null when never stored). */
const stored = (page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key)), STORAGE_KEY);

/** Opens the OPML tools and picks `text` as the file to import. */
async function importOpml(page, text, name = 'feeds.opml') {
  const disclosure = page.getByRole('button', { name: /Move your feeds/ });
  if ((await disclosure.getAttribute('aria-expanded')) !== 'true') await disclosure.click();
  await page
    .locator('.opml-tools input[type=file]')
    .setInputFiles({ name, mimeType: 'text/x-opml', buffer: Buffer.from(text) });
}

test('a first visit lists the demo articles as links, with the library and the field beside them', async ({ page }) => {
  await page.goto('./');
  await expectList(page);
  for (const article of DEMO.articles) {
    await expect(page.getByRole('link', { name: article.title })).toHaveAttribute(
      'href',
      new RegExp(`article=${article.id}$`),
    );
  }
  await expect(page.getByRole('heading', { level: 2, name: 'Your feeds' })).toBeVisible();
  await expect(row(page, DEMO.title)).toContainText('3 articles');
  await expect(page.getByLabel('Address of a feed (RSS, Atom or JSON Feed), or of a site that has one')).toBeVisible();
  // The visit to the demo's list is remembered, so that what it gains shows as new.
  await expect
    .poll(async () => (await stored(page))?.feeds.map((feed) => [feed.title, feed.items]))
    .toEqual([[DEMO.title, 3]]);
});

test('open a feed by its address, follow it, and find it in the library after a reload', async ({ page }) => {
  await serveFeed(page, ONE, feedWith(items('a', 'b'), 'Fixture One'));
  await page.goto('./');
  await openFromField(page, ONE);
  await expect(page).toHaveURL(/\?feed=https:\/\/feeds\.example\/one\.json$/);
  await expectList(page, 'Fixture One', 2);
  await expect(followButton(page)).toHaveAttribute('aria-pressed', 'false');
  await expect(followButton(page)).toHaveText('Follow');
  await followButton(page).click();
  await expect(followButton(page)).toHaveAttribute('aria-pressed', 'true');
  await expect(followButton(page)).toHaveText('Following');

  await page.reload();
  await expectList(page, 'Fixture One', 2);
  await expect(followButton(page)).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('link', { name: 'Your feeds' }).click();
  await expect(page).toHaveURL(/\?view=library$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your feeds');
  await expect(row(page, 'Fixture One')).toContainText('2 articles');
  await expect(row(page, 'Fixture One').getByRole('link')).toHaveAttribute('href', `?feed=${ONE}`);
  expect((await stored(page)).feeds.map((feed) => feed.url)).toEqual([new URL('feed.json', page.url()).href, ONE]);

  // Unfollowing from the list takes it out of the library.
  await row(page, 'Fixture One').getByRole('link').click();
  await followButton(page).click();
  await expect(followButton(page)).toHaveAttribute('aria-pressed', 'false');
  await page.reload();
  await expect(followButton(page)).toHaveAttribute('aria-pressed', 'false');
});

test('the new count follows the served feed between visits', async ({ page }) => {
  let served = feedWith(items('b', 'a'), 'Counted');
  await page.route(ONE, (route) => route.fulfill({ headers: CORS_JSON, body: JSON.stringify(served) }));
  await page.goto(readerUrl(ONE));
  await expectList(page, 'Counted', 2);
  await followButton(page).click();
  await page.goto('./');
  await expect(row(page, 'Counted').locator('.library-meta')).toHaveText('2 articles');

  // The feed gains an item: the library says so on the next visit.
  served = feedWith(items('c', 'b', 'a'), 'Counted');
  await page.reload();
  await expect(row(page, 'Counted').locator('.library-meta')).toHaveText('3 articles · 1 new');
  await row(page, 'Counted').getByRole('link').click();
  await expectList(page, 'Counted', 3);
  await expect(page.locator('.new-note')).toHaveText('1 new article since your last visit');

  // Seen now: nothing is new any more.
  await page.goto('./');
  await expect(row(page, 'Counted').locator('.library-meta')).toHaveText('3 articles');
  await page.goto(readerUrl(ONE));
  await expectList(page, 'Counted', 3);
  await expect(page.locator('.new-note')).toHaveCount(0);
});

test('an OPML file with three JSON Feeds, an RSS feed and an Atom feed adds all five', async ({ page }) => {
  for (const name of ['alpha', 'beta', 'gamma']) {
    const title = name[0].toUpperCase() + name.slice(1);
    await serveFeed(page, `${ORIGIN}/${name}.json`, feedWith(items(`${name}-1`), title));
  }
  await page.goto('./');
  await expectList(page);
  await importOpml(
    page,
    `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head><title>From another reader</title></head>
  <body>
    <outline text="Reading">
      <outline type="rss" text="Alpha" xmlUrl="${ORIGIN}/alpha.json"/>
      <outline type="rss" version="JSONFeed" text="Beta" xmlUrl="${ORIGIN}/beta.json"/>
      <outline type="json" text="Gamma" title="Gamma" xmlUrl="${ORIGIN}/gamma.json"/>
    </outline>
    <outline type="rss" text="An RSS blog" xmlUrl="${ORIGIN}/blog/rss.xml"/>
    <outline type="atom" text="An Atom site" xmlUrl="${ORIGIN}/site/atom"/>
  </body>
</opml>`,
  );
  const status = page.locator('.opml-status');
  await expect(status).toHaveAttribute('role', 'status');
  await expect(status).toContainText('Imported: 5 added, 0 already in your library.');
  for (const name of ['Alpha', 'Beta', 'Gamma']) {
    await expect(row(page, name).locator('.library-meta')).toHaveText('1 article');
  }
  await page.reload();
  await expect(page.locator('.library-feed .library-link')).toHaveText([
    DEMO.title,
    'Alpha',
    'Beta',
    'Gamma',
    'An RSS blog',
    'An Atom site',
  ]);
});

test('a file that is not OPML is refused with an alert and changes nothing', async ({ page }) => {
  await page.goto('./');
  await expectList(page);
  await expect.poll(() => stored(page)).not.toBeNull();
  const before = await stored(page);
  await importOpml(page, '{"version":"https://jsonfeed.org/version/1.1","items":[]}', 'feed.json');
  await expect(page.locator('.opml-tools').getByRole('alert')).toContainText('not an OPML subscription list');
  await expect(page.locator('.library-feed')).toHaveCount(1);
  expect(await stored(page)).toEqual(before);
});

test('export, then import into a fresh browser, brings the library across', async ({ page, browser }) => {
  await serveFeed(page, ONE, feedWith(items('a'), 'Fixture One'));
  await page.goto(readerUrl(ONE));
  await expectList(page, 'Fixture One', 1);
  await followButton(page).click();
  await page.goto('./?view=library');
  await row(page, 'Fixture One').getByRole('button', { name: 'Rename Fixture One' }).click();
  await page.getByLabel('Name (leave empty for the feed’s own title)').fill('My fixture');
  await page.getByLabel('Name (leave empty for the feed’s own title)').press('Enter');
  await expect(row(page, 'My fixture').getByRole('button', { name: 'Rename My fixture' })).toBeFocused();
  await page.getByRole('button', { name: /Move your feeds/ }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export feeds (OPML)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('lectern-feeds.opml');
  const file = await download.path();

  const fresh = await browser.newContext({ serviceWorkers: 'block' });
  const other = await fresh.newPage();
  await serveFeed(other, ONE, feedWith(items('a'), 'Fixture One'));
  await other.goto('./?view=library');
  await expect(other.locator('.library-feed')).toHaveCount(1);
  await other.getByRole('button', { name: /Move your feeds/ }).click();
  await other.locator('.opml-tools input[type=file]').setInputFiles(file);
  // The demo feed is the same address in both browsers, so it is already there.
  await expect(other.locator('.opml-status')).toContainText('Imported: 1 added, 1 already in your library.');
  await expect(other.locator('.library-feed .library-link')).toHaveText([DEMO.title, 'My fixture']);
  await other.reload();
  await expect(other.locator('.library-feed .library-link')).toHaveText([DEMO.title, 'My fixture']);
  await fresh.close();
});

test('a site address opens the JSON Feed its page links to', async ({ page }) => {
  await serveFeed(
    page,
    `${ORIGIN}/site/`,
    '<!doctype html><html><head><title>Site</title>' +
      '<link rel="alternate" type="application/feed+json" title="JSON" href="/site/feed.json"></head><body>Hello</body></html>',
  );
  await serveFeed(page, `${ORIGIN}/site/feed.json`, feedWith(items('s1', 's2'), 'The site’s feed'));
  await page.goto('./');
  // Without its scheme, as an address bar shows it.
  await openFromField(page, 'feeds.example/site/', { enter: true });
  await expect(page).toHaveURL(/\?feed=https:\/\/feeds\.example\/site\/feed\.json$/);
  await expectList(page, 'The site’s feed', 2);
});

test('what cannot be opened is said beside the field', async ({ page }) => {
  await page.goto('./');
  await expectList(page);
  await openFromField(page, '   ');
  await expect(page.locator('.open-feed').getByRole('alert')).toContainText('Type or paste the address of a feed');
  await openFromField(page, 'javascript:alert(1)');
  await expect(page.locator('.open-feed').getByRole('alert')).toContainText(
    'is not a web address Lectern can read a feed from',
  );
  await serveFeed(page, `${ORIGIN}/page.html`, '<!doctype html><html><body>No feed here</body></html>');
  await openFromField(page, `${ORIGIN}/page.html`);
  await expect(page.locator('.open-feed').getByRole('alert')).toContainText('The page does not link to a feed.');
  await expect(page).toHaveURL(/\/(index\.html)?$/);

  // A server on another origin that does not allow reading its feed (no CORS header).
  const server = await serveDirectory('dist', { cors: false });
  try {
    await openFromField(page, `${server.url}feed.json`);
    const alert = page.locator('.open-feed').getByRole('alert');
    await expect(alert).toContainText('does not let other sites read its feed');
    await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
  } finally {
    await server.stop();
  }
});

test('removing the demo feed can be undone, and once done it sticks after a reload', async ({ page }) => {
  await page.goto('./');
  await expectList(page);
  await row(page, DEMO.title)
    .getByRole('button', { name: `Remove ${DEMO.title}` })
    .click();
  const status = page.locator('.library-status');
  await expect(status).toHaveText(`Removed “${DEMO.title}”. Undo`);
  await expect(status.getByRole('button', { name: 'Undo' })).toBeFocused();
  await status.getByRole('button', { name: 'Undo' }).click();
  await expect(row(page, DEMO.title)).toHaveCount(1);
  await expect(row(page, DEMO.title).getByRole('link')).toBeFocused();

  await row(page, DEMO.title)
    .getByRole('button', { name: `Remove ${DEMO.title}` })
    .click();
  // Home is now the library alone.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your feeds');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your feeds');
  await expect(page.locator('.library-empty')).toContainText('You keep no feeds yet');
  await expect(page.locator('li.entry')).toHaveCount(0);
  expect(await stored(page)).toEqual({ v: 1, feeds: [] });
  // The demo's deep links still work.
  await page.goto(`./?article=${DEMO.articles[1].id}`);
  await expect(page.locator('article h1')).toHaveText(DEMO.articles[1].title);
});

test('feeds move up and down, keeping the focus on the button pressed', async ({ page }) => {
  await serveFeed(page, ONE, feedWith(items('a'), 'Fixture One'));
  await page.goto(readerUrl(ONE));
  await followButton(page).click();
  await page.goto('./?view=library');
  const names = page.locator('.library-feed .library-link');
  await expect(names).toHaveText([DEMO.title, 'Fixture One']);
  await page.getByRole('button', { name: 'Move Up Fixture One' }).click();
  await expect(names).toHaveText(['Fixture One', DEMO.title]);
  // First now, it cannot go up: the focus moved to its other move.
  await expect(page.getByRole('button', { name: 'Move Up Fixture One' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Move Down Fixture One' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(names).toHaveText([DEMO.title, 'Fixture One']);
  await page.reload();
  await expect(names).toHaveText([DEMO.title, 'Fixture One']);
});

test('rename: Save names a feed, Escape cancels, an empty name goes back to its title', async ({ page }) => {
  await page.goto('./?view=library');
  const field = page.getByLabel('Name (leave empty for the feed’s own title)');
  await page.getByRole('button', { name: `Rename ${DEMO.title}` }).click();
  await expect(field).toBeFocused();
  await field.fill('Samples');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('.library-link')).toHaveText(['Samples']);
  await expect(page.getByRole('button', { name: 'Rename Samples' })).toBeFocused();
  await page.keyboard.press('Enter');
  await field.fill('Not this');
  await field.press('Escape');
  await expect(field).toHaveCount(0);
  await expect(page.locator('.library-link')).toHaveText(['Samples']);
  await expect(page.getByRole('button', { name: 'Rename Samples' })).toBeFocused();
  await page.keyboard.press('Enter');
  await field.fill('');
  await field.press('Enter');
  await expect(page.locator('.library-link')).toHaveText([DEMO.title]);
  await page.reload();
  await expect(page.locator('.library-link')).toHaveText([DEMO.title]);
});

test('continue reading across feeds shows the saved title and place without fetching the feed', async ({ page }) => {
  await serveFeed(page, ONE, feedWith(items('a', 'b'), 'Fixture One'));
  await page.goto(readerUrl(ONE));
  await followButton(page).click();
  await page.evaluate(
    (feed) =>
      localStorage.setItem(
        `lectern:progress:${feed} b`,
        JSON.stringify({
          v: 1,
          feed,
          article: 'b',
          title: 'Post b',
          section: 'The middle',
          percent: 40,
          finished: false,
          updated: Date.now(),
        }),
      ),
    ONE,
  );
  let fetched = 0;
  await page.route(ONE, (route) => {
    fetched += 1;
    return route.abort('failed');
  });
  await page.goto('./');
  const shelf = page.locator('.shelf');
  await expect(shelf.getByRole('heading', { name: 'Continue in your other feeds' })).toBeVisible();
  await expect(shelf.getByRole('link', { name: 'Post b' })).toHaveAttribute('href', `?feed=${ONE}&article=b`);
  await expect(shelf).toContainText('40% read · The middle · Fixture One');
  await expect(row(page, 'Fixture One').locator('.library-meta')).toContainText('1 started');
  // The shelf came from storage; the one request was the library's check, which failed calmly.
  await expect(row(page, 'Fixture One').locator('.library-meta')).toContainText('could not be checked just now');
  expect(fetched).toBe(1);
});

test('when storage is full, following still works for the visit and says so calmly', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  await serveFeed(page, ONE, feedWith(items('a'), 'Fixture One'));
  await page.goto(readerUrl(ONE));
  await followButton(page).click();
  await expect(followButton(page)).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('link', { name: 'Your feeds' }).click();
  await expect(row(page, 'Fixture One')).toHaveCount(1);
  const notice = page.locator('.library-notice');
  await expect(notice).toHaveAttribute('role', 'status');
  await expect(notice).toContainText('storage for Lectern is full');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a library open in another tab follows this one', async ({ page }) => {
  await serveFeed(page, ONE, feedWith(items('a'), 'Fixture One'));
  const other = await page.context().newPage();
  await other.goto('./?view=library');
  await expect(other.locator('.library-feed')).toHaveCount(1);
  await page.goto(readerUrl(ONE));
  await followButton(page).click();
  await expect(other.locator('.library-feed .library-link')).toHaveText([DEMO.title, 'Fixture One']);
});

test('an embedded reader shows no library', async ({ page }) => {
  await page.goto('./embed.html');
  await expectList(page);
  await expect(page.locator('.follow-row, .library')).toHaveCount(0);
});

for (const colorScheme of ['light', 'dark']) {
  test(`home with the library has no serious accessibility violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await serveFeed(page, ONE, feedWith(items('a'), 'Fixture One'));
    await page.goto(readerUrl(ONE));
    await followButton(page).click();
    await page.goto('./');
    await expectList(page);
    await expect(row(page, 'Fixture One').locator('.library-meta')).toHaveText('1 article');
    await page.getByRole('button', { name: /Move your feeds/ }).click();
    const { violations } = await new AxeBuilder({ page }).analyze();
    const blocking = violations.filter((violation) => ['serious', 'critical'].includes(violation.impact));
    const report = blocking
      .map(
        (violation) =>
          `${violation.impact}: ${violation.id}: ${violation.help}\n    ${violation.nodes.map((node) => node.target.join(' ')).join('\n    ')}`,
      )
      .join('\n');
    expect(blocking, `axe found serious or critical violations:\n${report}`).toEqual([]);
  });
}
