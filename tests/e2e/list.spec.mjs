// The demo feed's list: every article listed as a link with its byline, date and reading time.
import { expect, expectList, feedWith, ORIGIN, readerUrl, serveFeed, test } from './helpers.mjs';

const ARTICLES = [
  'France and Britain Discuss Potential Deployment of Troops to Support Ukraine',
  'Reading with Lectern',
  'The Measure of a Line',
];

test('the demo list shows every article as a link', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lectern demo');
  for (const title of ARTICLES) {
    await expect(page.getByRole('link', { name: title })).toHaveAttribute('href', /article=/);
  }
  await expect(page.locator('.entry')).toHaveCount(3);
  await expect(page.locator('.entry').first().locator('time')).toHaveAttribute('datetime', '2024-11-26T09:00:00+01:00');
  await expect(page.locator('.entry').first()).toContainText('By Roman Cheplyk');
  await expect(page.locator('.entry').first()).toContainText('4 min read');
  await expect(page).toHaveTitle('Lectern demo');
});

test('clicking an article opens it', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('link', { name: 'Reading with Lectern' }).click();
  await expect(page).toHaveURL(/\?article=reading-with-lectern$/);
  await expect(page.locator('article h1')).toHaveText('Reading with Lectern');
});

test('a long feed shows a page of entries at a time, and Show more continues at the first new one', async ({
  page,
}) => {
  const items = Array.from({ length: 250 }, (_, n) => ({
    id: `n${n}`,
    title: `Entry ${n + 1}`,
    content_text: 'Words.',
  }));
  const url = `${ORIGIN}/long.json`;
  await serveFeed(page, url, feedWith(items, 'Long feed'));
  await page.goto(readerUrl(url));
  await expectList(page, 'Long feed', 100);
  const more = page.getByRole('button', { name: /Show more articles/ });
  await expect(more).toHaveText('Show more articles (100 of 250 shown)');
  await more.click();
  await expect(page.locator('li.entry')).toHaveCount(200);
  await expect(page.getByRole('link', { name: 'Entry 101', exact: true })).toBeFocused();
  await more.click();
  await expect(page.locator('li.entry')).toHaveCount(250);
  await expect(more).toHaveCount(0);
});

test('a paginated feed loads its next page on request, and its articles open', async ({ page }) => {
  const first = `${ORIGIN}/paged.json`;
  const second = `${ORIGIN}/paged.json?page=2`;
  const items = (from) =>
    [from, from + 1].map((n) => ({ id: `p${n}`, title: `Paged ${n}`, content_text: `Text ${n}.` }));
  // A predicate, since in a glob pattern `?` would match any character, not the query.
  await serveFeed(page, (url) => url.href === second, feedWith(items(3), 'Paged'));
  await serveFeed(page, first, { ...feedWith(items(1), 'Paged'), next_url: 'paged.json?page=2' });
  await page.goto(readerUrl(first));
  await expectList(page, 'Paged', 2);
  const more = page.getByRole('button', { name: 'Load more articles' });
  await more.click();
  await expect(page.locator('li.entry')).toHaveCount(4);
  await expect(page.getByRole('link', { name: 'Paged 3', exact: true })).toBeFocused();
  await expect(more).toHaveCount(0);
  await page.getByRole('link', { name: 'Paged 4', exact: true }).click();
  await expect(page.locator('article h1')).toHaveText('Paged 4');
  await page.goBack();
  await expect(page.locator('li.entry')).toHaveCount(4);
});
