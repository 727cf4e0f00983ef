// The demo feed's list: every article listed as a link with its byline, date and reading time.
import { test, expect } from './helpers.mjs';

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
