// Every failure a reader can meet shows what went wrong in role="alert": never a blank page.
// Uncaught page errors fail every test (see helpers.mjs).
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

const FEED_URL = `${ORIGIN}/broken.json`;

const GOOD_FEED = feedWith([{ id: 'only', title: 'The only article', content_text: 'It is here.' }], 'Recovered feed');

/** The alert says `message`; the page around it is not blank; Try again is offered or not. */
async function expectFailure(page, message, { retry }) {
  const alert = page.getByRole('alert');
  await expect(alert).toHaveCount(1);
  await expect(alert).toContainText(message);
  await expect(alert).toBeVisible();
  // The loading status is gone (other status lines, such as the offline word, may remain).
  await expect(page.locator('.loading')).toHaveCount(0);
  await expect(alert.getByRole('button', { name: 'Try again' })).toHaveCount(retry ? 1 : 0);
  expect((await page.locator('body').innerText()).trim()).not.toBe('');
  expect((await page.locator('main').innerText()).trim()).not.toBe('');
  await expect(page.locator('article')).toHaveCount(0);
}

test('a network failure says the server could not be reached, and offers Try again', async ({ page }) => {
  await page.route(FEED_URL, (route) => route.abort('failed'));
  await page.goto(readerUrl(FEED_URL));
  await expectFailure(page, 'Lectern could not reach the feed server', { retry: true });
});

test('a feed on another origin without CORS headers is reported, not a blank page', async ({ page }) => {
  // A real static server on another port that sends no Access-Control-Allow-Origin (request
  // interception would add CORS headers itself).
  const server = await serveDirectory('dist', { cors: false });
  try {
    await page.goto(readerUrl(`${server.url}feed.json`));
    await expectFailure(page, 'Lectern could not reach the feed server', { retry: true });
    await expect(page.getByRole('alert')).toContainText('must send the header “Access-Control-Allow-Origin: *”');
  } finally {
    await server.stop();
  }
});

test('HTTP 404 says not found, without Try again', async ({ page }) => {
  await serveFeed(page, FEED_URL, 'Not found', { status: 404 });
  await page.goto(readerUrl(FEED_URL));
  await expectFailure(page, 'The feed server answered 404 (not found).', { retry: false });
});

test('HTTP 500 offers Try again, which shows the feed once the server recovers', async ({ page }) => {
  let status = 500;
  let requests = 0;
  await page.route(FEED_URL, (route) => {
    requests += 1;
    return route.fulfill({
      status,
      headers: CORS_JSON,
      body: status === 200 ? JSON.stringify(GOOD_FEED) : '{"error":"oops"}',
    });
  });
  await page.goto(readerUrl(FEED_URL));
  await expectFailure(page, 'The feed server answered 500 (a server error).', { retry: true });
  expect(requests).toBe(1);

  status = 200;
  await page.getByRole('button', { name: 'Try again' }).click();
  await expectList(page, 'Recovered feed', 1);
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(requests).toBe(2);
});

for (const [status, retry] of [
  [408, true],
  [429, true],
  [503, true],
  [403, false],
  [410, false],
]) {
  test(`HTTP ${status} ${retry ? 'offers' : 'does not offer'} Try again`, async ({ page }) => {
    await serveFeed(page, FEED_URL, '', { status });
    await page.goto(readerUrl(FEED_URL));
    await expectFailure(page, `The feed server answered ${status}`, { retry });
  });
}

test('a server that never answers times out after 15 seconds, and Try again recovers', async ({ page }) => {
  // The clock is paused from the start, so only runFor moves it: with a clock that flows, a loaded
  // machine could spend the last second between the request and the "not yet" check, and the
  // timeout then fired before it (this test's flake).
  // (Paused a minute after install: install lets time flow, and no page is loaded yet.)
  const start = new Date('2026-01-01T00:00:00Z');
  await page.clock.install({ time: start });
  await page.clock.pauseAt(new Date(start.getTime() + 60_000));
  let hang = true;
  let requested;
  const firstRequest = new Promise((resolve) => {
    requested = resolve;
  });
  await page.route(FEED_URL, (route) => {
    requested();
    if (hang) return undefined; // never fulfilled: only the app's timeout can end it
    return route.fulfill({ status: 200, headers: CORS_JSON, body: JSON.stringify(GOOD_FEED) });
  });
  await page.goto(readerUrl(FEED_URL));
  await firstRequest;
  await expect(page.getByRole('status')).toHaveText('Loading the feed…');

  // Not yet at 14 seconds…
  await page.clock.runFor(14_000);
  await expect(page.getByRole('status')).toHaveText('Loading the feed…');
  await expect(page.getByRole('alert')).toHaveCount(0);
  // …but told after 15.
  await page.clock.runFor(2_000);
  await expectFailure(page, 'The feed server did not answer within 15 seconds.', { retry: true });

  hang = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await expectList(page, 'Recovered feed', 1);
});

test('invalid JSON names the line and column', async ({ page }) => {
  await serveFeed(page, FEED_URL, '{\n  "version": "https://jsonfeed.org/version/1.1",\n  "items": [1,,2]\n}\n');
  await page.goto(readerUrl(FEED_URL));
  await expectFailure(page, 'The feed is not valid JSON (line 3, column 15).', { retry: false });
});

test('an HTML page instead of a feed is reported as a web page', async ({ page }) => {
  await serveFeed(page, FEED_URL, '<!DOCTYPE html>\n<html><body>Hello</body></html>');
  await page.goto(readerUrl(FEED_URL));
  await expectFailure(page, 'This address is a web page, not a feed. The page does not link to a feed.', {
    retry: false,
  });
});

test('a site page that links its JSON Feed offers to open it', async ({ page }) => {
  const pageUrl = `${ORIGIN}/blog/`;
  await serveFeed(
    page,
    pageUrl,
    '<!doctype html><html><head><link rel="alternate" type="application/feed+json" href="feed.json"></head><body>Blog</body></html>',
  );
  await serveFeed(page, `${ORIGIN}/blog/feed.json`, GOOD_FEED);
  await page.goto(readerUrl(pageUrl));
  await expectFailure(page, 'This address is a web page, not a feed. The page links to a feed.', { retry: false });
  await page.getByRole('link', { name: 'Open the feed this page links to' }).click();
  await expectList(page, 'Recovered feed', 1);
  await expect(page).toHaveURL(/feed=https:\/\/feeds\.example\/blog\/feed\.json/);
});

test('a feed over 20 MB is refused with its limit named', async ({ page }) => {
  await serveFeed(
    page,
    FEED_URL,
    `{"version":"https://jsonfeed.org/version/1.1","title":"${'x'.repeat(21 * 1024 * 1024)}","items":[]}`,
  );
  await page.goto(readerUrl(FEED_URL));
  await expectFailure(page, 'The feed is larger than 20 MB, more than Lectern reads.', { retry: false });
});

test('offline, the reader is told so rather than blamed on the server', async ({ page, context }) => {
  await page.goto('./');
  await expectList(page);
  await context.setOffline(true);
  await page.evaluate((url) => {
    history.pushState(null, '', url);
    dispatchEvent(new PopStateEvent('popstate'));
  }, readerUrl(FEED_URL));
  await expectFailure(page, 'You are offline. Connect to the internet, then try again.', { retry: true });
  await expect(page.locator('.offline-badge')).toHaveText('Offline: reading saved copies');
  await context.setOffline(false);
  await expect(page.locator('.offline-badge')).toHaveCount(0);
});

for (const body of [
  '[1,2]',
  '{"hello":1}',
  '"a string"',
  'null',
  '{"version":"https://jsonfeed.org/version/1.1","title":"x","items":{}}',
]) {
  test(`JSON that is not a feed (${body}) says so`, async ({ page }) => {
    await serveFeed(page, FEED_URL, body);
    await page.goto(readerUrl(FEED_URL));
    await expectFailure(page, /This is JSON, but not a JSON Feed: \S.*\./, { retry: false });
  });
}

test('a feed with no items says it has no articles yet', async ({ page }) => {
  await serveFeed(page, FEED_URL, feedWith([]));
  await page.goto(readerUrl(FEED_URL));
  await expectFailure(page, 'The feed has no articles yet.', { retry: false });
});

test('an item without an id is named by its number', async ({ page }) => {
  await serveFeed(
    page,
    FEED_URL,
    feedWith([
      { id: 'first', title: 'First', content_text: 'One.' },
      { title: 'Second, without id', content_text: 'Two.' },
    ]),
  );
  await page.goto(readerUrl(FEED_URL));
  await expectFailure(page, 'Article 2 in the feed has no id.', { retry: false });
});

test('an unknown article id says so and links to all articles', async ({ page }) => {
  await page.goto('./?article=no-such-article');
  await expectFailure(page, 'This feed has no article with the id “no-such-article”', { retry: false });
  await expect(page).toHaveTitle(DEMO.title);
  const seeAll = page.getByRole('alert').getByRole('link', { name: 'See all articles' });
  await expect(seeAll).toBeVisible();
  await seeAll.click();
  await expect(page).toHaveURL(/\/(index\.html)?$/);
  await expectList(page);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('an unknown article id in another feed leads back to that feed’s list', async ({ page }) => {
  await serveFeed(page, FEED_URL, GOOD_FEED);
  await page.goto(readerUrl(FEED_URL, 'gone'));
  await expectFailure(page, 'This feed has no article with the id “gone”', { retry: false });
  await page.getByRole('link', { name: 'See all articles' }).click();
  await expectList(page, 'Recovered feed', 1);
});

test('a feed URL that is not a web address is reported', async ({ page }) => {
  await page.goto(readerUrl('javascript:alert(1)'));
  await expectFailure(page, 'is not a web address Lectern can read a feed from', { retry: false });
});
