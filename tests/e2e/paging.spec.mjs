// Paginated feeds beyond the list: an article that is only on a later `next_url` page still opens
// from its deep link (a reload, a shared link), and a feed behind an HTTP redirect is followed.
import { createServer } from 'node:http';
import { expect, expectArticle, expectList, feedWith, ORIGIN, readerUrl, serveFeed, test } from './helpers.mjs';

const items = (from) => [from, from + 1].map((n) => ({ id: `p${n}`, title: `Paged ${n}`, content_text: `Text ${n}.` }));

test('a deep link to an article on a later page opens it after a reload', async ({ page }) => {
  const first = `${ORIGIN}/deep.json`;
  const second = `${ORIGIN}/deep.json?page=2`;
  const third = `${ORIGIN}/deep.json?page=3`;
  const fetched = [];
  page.on('request', (request) => {
    if (request.url().startsWith(ORIGIN)) fetched.push(request.url());
  });
  // Predicates: in a glob pattern `?` would match any character, not the query.
  await serveFeed(page, (url) => url.href === third, feedWith(items(5), 'Deep'));
  await serveFeed(page, (url) => url.href === second, { ...feedWith(items(3), 'Deep'), next_url: 'deep.json?page=3' });
  await serveFeed(page, (url) => url.href === first, { ...feedWith(items(1), 'Deep'), next_url: 'deep.json?page=2' });

  await page.goto(readerUrl(first, 'p4'));
  await expectArticle(page, 'Paged 4');
  // It stopped at the page that had it.
  expect(fetched).not.toContain(third);
  await page.reload();
  await expectArticle(page, 'Paged 4');
  // Back on the list, the pages found on the way are there.
  await page
    .locator('.reading-bar')
    .getByRole('link', { name: /All articles/ })
    .click();
  await expectList(page, 'Deep', 4);

  await page.goto(readerUrl(first, 'nowhere'));
  await expect(page.getByRole('alert')).toContainText('This feed has no article with the id “nowhere”');
});

test('a feed behind a redirect is followed, and its links resolve against the feed’s own address', async ({ page }) => {
  // A real server (request interception does not see the request a redirect leads to).
  const feed = feedWith(
    [{ id: 'moved', title: 'Moved article', content_html: '<p>See <a href="other.html">the other page</a>.</p>' }],
    'Moved feed',
  );
  const server = createServer((request, response) => {
    const cors = { 'access-control-allow-origin': '*' };
    if (request.url === '/old/feed.json') response.writeHead(301, { ...cors, location: '/new/feed.json' }).end();
    else if (request.url === '/new/feed.json')
      response.writeHead(200, { ...cors, 'content-type': 'application/feed+json' }).end(JSON.stringify(feed));
    else response.writeHead(404, cors).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  try {
    await page.goto(readerUrl(`${origin}/old/feed.json`));
    await expectList(page, 'Moved feed', 1);
    await page.getByRole('link', { name: 'Moved article' }).click();
    await expectArticle(page, 'Moved article');
    await expect(page.locator('article a', { hasText: 'the other page' })).toHaveAttribute(
      'href',
      `${origin}/new/other.html`,
    );
  } finally {
    server.close();
  }
});
