// The article view, as the interface describes it, on the seed article and the demo's long read.
import { DEMO, expect, expectArticle, SEED, test } from './helpers.mjs';

const LONG_READ = DEMO.articles[2];

test.describe('the seed article, opened by its deep link', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(`./?article=${SEED.id}`);
    await expectArticle(page, SEED.title);
  });

  test('has one article whose headline is the page’s only h1', async ({ page }) => {
    await expect(page.locator('article')).toHaveCount(1);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('article h1')).toHaveText(SEED.title);
    await expect(page).toHaveTitle(`${SEED.title} · ${DEMO.title}`);
  });

  test('shows the byline, the date, the reading time and the lede', async ({ page }) => {
    const article = page.locator('article');
    await expect(article.locator('.byline')).toHaveText(`By ${SEED.author}`);
    const time = article.locator('time[datetime]');
    await expect(time).toHaveCount(1);
    await expect(time).toHaveAttribute('datetime', SEED.datetime);
    await expect(time).toHaveAttribute(
      'datetime',
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/,
    );
    await expect(time).toHaveText(SEED.date);
    await expect(article.locator('.reading-time')).toHaveText(SEED.readingTime);
    await expect(article.locator('.lede')).toHaveText(SEED.lede);
  });

  test('has every section as an h2 and the two sub-sections as h3, in order', async ({ page }) => {
    const article = page.locator('article');
    await expect(article.locator('h2')).toHaveText(SEED.sections);
    await expect(article.locator('h3')).toHaveText(SEED.subsections);
    // The sub-sections sit under "Strategic Implications", before "Addressing Corruption Concerns".
    const order = await article.locator('h2, h3').allTextContents();
    expect(order.slice(5, 9)).toEqual([
      'Strategic Implications',
      ...SEED.subsections,
      'Addressing Corruption Concerns',
    ]);
    await expect(article.locator('h4, h5, h6')).toHaveCount(0);
  });

  test('quotes the minister in a blockquote with the speaker in cite/footer', async ({ page }) => {
    const quote = page.locator('article blockquote');
    await expect(quote).toHaveCount(1);
    await expect(quote.locator('p').first()).toContainText('red lines');
    await expect(quote.locator('p').first()).toContainText('France does not rule out');
    const speaker = quote.locator('cite, footer').first();
    await expect(speaker).toContainText('Jean-Noël Barrot');
    await expect(speaker).toContainText('French Foreign Minister');
    // The speaker line is not left in the quoted text itself.
    await expect(quote.locator('p').first()).not.toContainText('Barrot');
  });

  test('lists the three potential challenges as a bullet list with strong terms', async ({ page }) => {
    const article = page.locator('article');
    await expect(article.locator('li')).toHaveCount(3);
    await expect(article.locator('ul')).toHaveCount(1);
    await expect(article.locator('ul > li')).toHaveCount(3);
    await expect(article.locator('ul > li strong')).toHaveText(SEED.challenges);
    await expect(article.locator('ul > li').first()).toContainText('meticulous planning and coordination');
    await expect(article.locator('ol')).toHaveCount(0);
  });

  test('suggests the two other articles, and opening one shows it', async ({ page }) => {
    const related = page.locator('aside.related');
    await expect(related.getByRole('heading', { level: 2 })).toHaveText('You will be interested');
    // The suggestions follow the article rather than sitting inside it.
    await expect(page.locator('article aside, article .related')).toHaveCount(0);
    const links = related.getByRole('link');
    await expect(links).toHaveCount(2);
    const others = DEMO.articles.filter((other) => other.id !== SEED.id);
    expect((await links.allTextContents()).sort()).toEqual(others.map((other) => other.title).sort());
    for (const other of others) {
      await expect(related.getByRole('link', { name: other.title })).toHaveAttribute(
        'href',
        new RegExp(`article=${other.id}$`),
      );
    }

    await related.getByRole('link', { name: others[0].title }).click();
    await expect(page).toHaveURL(new RegExp(`\\?article=${others[0].id}$`));
    await expectArticle(page, others[0].title);
    await expect(page).toHaveTitle(`${others[0].title} · ${DEMO.title}`);
    await expect(page.locator('h1')).toHaveCount(1);
  });

  test('offers a way back to all articles after the article', async ({ page }) => {
    const back = page.locator('nav.back').getByRole('link', { name: '← All articles' });
    await expect(back).toBeVisible();
    await expect(page.locator('article nav.back')).toHaveCount(0);
  });
});

test.describe('the long read', () => {
  test('states a reading time of at least 20 minutes', async ({ page }) => {
    await page.goto(`./?article=${LONG_READ.id}`);
    await expectArticle(page, LONG_READ.title);
    const label = await page.locator('article .reading-time').textContent();
    const match = /^(\d+) min read$/.exec(label.trim());
    expect(match, `reading time label "${label}"`).not.toBeNull();
    expect(Number(match[1])).toBeGreaterThanOrEqual(20);
    await expect(page).toHaveTitle(`${LONG_READ.title} · ${DEMO.title}`);
  });

  test('moves the reading progress bar from below 100 to 100 as the reader scrolls', async ({ page }) => {
    await page.goto(`./?article=${LONG_READ.id}`);
    await expectArticle(page, LONG_READ.title);
    const bar = page.getByRole('progressbar');
    await expect(bar).toHaveCount(1);
    await expect(bar).toHaveAttribute('aria-valuemin', '0');
    await expect(bar).toHaveAttribute('aria-valuemax', '100');
    const now = async () => Number(await bar.getAttribute('aria-valuenow'));

    // Let the first measurement land, then read where the reader starts.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const start = await now();
    expect(start).toBeGreaterThanOrEqual(0);
    expect(start).toBeLessThan(100);

    // Halfway down the page the bar has moved, but the article is not finished.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    await expect.poll(now).toBeGreaterThan(start);
    expect(await now()).toBeLessThan(100);

    // A real wheel scroll to the very end reads it all.
    await page.mouse.move(400, 300);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight - window.innerHeight - 200));
    await page.mouse.wheel(0, 1_000);
    await expect.poll(now).toBe(100);
    await expect(page.locator('.progress-fill')).toHaveCount(1);
  });

  test('keeps the progress bar at 0..100 on a short window', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 480 });
    await page.goto(`./?article=${SEED.id}`);
    await expectArticle(page, SEED.title);
    const bar = page.getByRole('progressbar');
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect(bar).toHaveAttribute('aria-valuenow', '100');
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(async () => Number(await bar.getAttribute('aria-valuenow'))).toBeLessThan(100);
  });
});
