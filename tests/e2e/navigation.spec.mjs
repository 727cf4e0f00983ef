// Getting around: deep links, history, the keyboard, and feeds other than the demo.
import { DEMO, expect, expectArticle, expectList, ORIGIN, readerUrl, SEED, serveFeed, test } from './helpers.mjs';

/** Two frames, so work the app defers to requestAnimationFrame (focus, scroll) has run. */
const afterFrames = (page) =>
  page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

test('a deep link survives a reload', async ({ page }) => {
  await page.goto(`./?article=${SEED.id}`);
  await expectArticle(page, SEED.title);
  await page.reload();
  await expect(page).toHaveURL(new RegExp(`\\?article=${SEED.id}$`));
  await expectArticle(page, SEED.title);
  await expect(page).toHaveTitle(`${SEED.title} · ${DEMO.title}`);
});

test('list → article → Back → Forward', async ({ page }) => {
  await page.goto('./');
  await expectList(page);
  await page.getByRole('link', { name: SEED.title }).click();
  await expect(page).toHaveURL(new RegExp(`\\?article=${SEED.id}$`));
  await expectArticle(page, SEED.title);
  await expect(page).toHaveTitle(`${SEED.title} · ${DEMO.title}`);

  await page.goBack();
  await expect(page).toHaveURL(/\/(index\.html)?$/);
  await expectList(page);
  await expect(page.locator('article')).toHaveCount(0);
  await expect(page).toHaveTitle(DEMO.title);

  await page.goForward();
  await expect(page).toHaveURL(new RegExp(`\\?article=${SEED.id}$`));
  await expectArticle(page, SEED.title);
});

test('in-app links navigate without reloading the page', async ({ page }) => {
  await page.goto('./');
  await expectList(page);
  await page.evaluate(() => {
    window.__sameDocument = true;
  });
  await page.getByRole('link', { name: SEED.title }).click();
  await expectArticle(page, SEED.title);
  // The reading bar's way back (the same link closes the article too).
  await page.locator('.reading-bar').getByRole('link', { name: '← All articles' }).click();
  await expectList(page);
  expect(await page.evaluate(() => window.__sameDocument)).toBe(true);
});

test('an article opened from a link starts at the top of the page', async ({ page }) => {
  const scrollY = () => page.evaluate(() => window.scrollY);
  // From the list.
  await page.goto('./');
  await expectList(page);
  await page.getByRole('link', { name: SEED.title }).click();
  await expectArticle(page, SEED.title);
  await afterFrames(page);
  expect(await scrollY(), 'scrollY after opening an article from the list').toBe(0);
  // From a suggestion at the end of an article, as a reader would.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.locator('aside.related').getByRole('link', { name: DEMO.articles[1].title }).click();
  await expectArticle(page, DEMO.articles[1].title);
  await afterFrames(page);
  expect(await scrollY(), 'scrollY after opening a related article').toBe(0);
});

test('keyboard only: Tab to the first article, Enter opens it, “← All articles” returns', async ({ page }) => {
  await page.goto('./');
  await expectList(page);
  const focusedText = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

  await page.keyboard.press('Tab');
  expect(await focusedText()).toBe('Skip to content');
  let presses = 1;
  while ((await focusedText()) !== SEED.title && presses < 10) {
    await page.keyboard.press('Tab');
    presses += 1;
  }
  await expect(page.getByRole('link', { name: SEED.title })).toBeFocused();
  // Skip link, brand, reading settings, then the articles: nothing else stands in the way.
  expect(presses).toBe(4);

  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`\\?article=${SEED.id}$`));
  await expectArticle(page, SEED.title);

  // The reading bar's way back is the first stop after the article gets the focus.
  const back = page.locator('.reading-bar').getByRole('link', { name: '← All articles' });
  await page.keyboard.press('Tab');
  await expect(back).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/(index\.html)?$/);
  await expectList(page);
});

test('the skip link moves focus to the content', async ({ page }) => {
  await page.goto('./');
  await expectList(page);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#content')).toBeFocused();
});

test('?feed=feed.json (relative to the page) shows the demo list and keeps the feed in links', async ({ page }) => {
  await page.goto('./?feed=feed.json');
  await expectList(page);
  for (const article of DEMO.articles) {
    await expect(page.getByRole('link', { name: article.title })).toHaveAttribute(
      'href',
      new RegExp(`feed=feed\\.json&article=${article.id}$`),
    );
  }
  await page.getByRole('link', { name: SEED.title }).click();
  await expect(page).toHaveURL(new RegExp(`\\?feed=feed\\.json&article=${SEED.id}$`));
  await expectArticle(page, SEED.title);
});

test.describe('a feed on another origin', () => {
  const FEED_URL = `${ORIGIN}/one.json`;
  const HTML_ITEM = {
    id: 'html-1',
    title: 'A post in HTML',
    url: 'https://feeds.example/posts/html-1',
    date_published: '2024-03-05T08:30:00Z',
    content_html:
      '<p>First <b>bold</b> paragraph.</p>' +
      '<script>window.__lecternPwned = "script";</script>' +
      '<p>Second paragraph &amp; more.</p>' +
      '<img src="x" onerror="window.__lecternPwned = \'onerror\'">' +
      '<p onclick="window.__lecternPwned = \'onclick\'">Third <a href="javascript:window.__lecternPwned=1">link</a> paragraph.</p>',
  };
  const TEXT_ITEM = {
    id: 2,
    title: 'A post in plain text',
    author: { name: 'Bob Item' },
    date_published: '2024-03-04T08:30:00Z',
    content_text: 'Plain first paragraph,\nstill the first.\n\nPlain second paragraph <b>not bold</b>.',
  };
  const FIXTURE = {
    version: 'https://jsonfeed.org/version/1',
    title: 'Fixture One',
    home_page_url: `${ORIGIN}/`,
    feed_url: FEED_URL,
    author: { name: 'Ada Fixture' },
    items: [HTML_ITEM, TEXT_ITEM],
  };

  test.beforeEach(async ({ page }) => {
    await serveFeed(page, FEED_URL, FIXTURE);
  });

  test('lists its items with JSON Feed 1.0 authors', async ({ page }) => {
    await page.goto(readerUrl(FEED_URL));
    await expectList(page, 'Fixture One', 2);
    await expect(page).toHaveTitle('Fixture One');
    const entries = page.locator('li.entry');
    await expect(entries.nth(0).getByRole('link')).toHaveText(HTML_ITEM.title);
    await expect(entries.nth(0)).toContainText('By Ada Fixture');
    await expect(entries.nth(1).getByRole('link')).toHaveText(TEXT_ITEM.title);
    await expect(entries.nth(1)).toContainText('By Bob Item');
    await expect(entries.nth(1).locator('time')).toHaveAttribute('datetime', /^2024-03-04T08:30:00(\.0+)?(Z|\+00:00)$/);
  });

  test('opens a content_html item as formatted blocks, never running its scripts', async ({ page }) => {
    await page.goto(readerUrl(FEED_URL));
    await expectList(page, 'Fixture One', 2);
    await page.getByRole('link', { name: HTML_ITEM.title }).click();
    await expect(page).toHaveURL(/[?&]article=html-1$/);
    await expect(page).toHaveURL(/[?&]feed=https/);
    await expectArticle(page, HTML_ITEM.title);
    const article = page.locator('article');
    await expect(article.locator('.byline')).toHaveText('By Ada Fixture');
    await expect(article.getByRole('note')).toHaveCount(0);
    await expect(article.locator('.article-body strong')).toHaveText('bold');
    await expect(article.locator('.article-body img')).toHaveAttribute('src', 'https://feeds.example/x');
    await expect(article).toContainText('First bold paragraph.');
    await expect(article).toContainText('Second paragraph & more.');
    await expect(article).toContainText('Third link paragraph.');

    const text = await article.innerText();
    expect(text).not.toMatch(/<\/?[a-z][^>]*>/i);
    expect(text).not.toContain('&amp;');
    expect(text).not.toContain('__lecternPwned');
    await expect(
      article.locator('script, iframe, object, embed, [onerror], [onclick], a[href^="javascript:"]'),
    ).toHaveCount(0);
    await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
    await article.getByText('Third link paragraph.').click();
    expect(await page.evaluate(() => window.__lecternPwned)).toBeUndefined();
    // The item's own page on the original site stays reachable.
    await expect(article.getByRole('link', { name: 'Read on the original site' })).toHaveAttribute(
      'href',
      HTML_ITEM.url,
    );
  });

  test('opens a content_text item as paragraphs, its tags shown as text', async ({ page }) => {
    await page.goto(readerUrl(FEED_URL, '2'));
    await expectArticle(page, TEXT_ITEM.title);
    const paragraphs = page.locator('article .article-body p');
    await expect(paragraphs).toHaveText([
      'Plain first paragraph, still the first.',
      'Plain second paragraph <b>not bold</b>.',
    ]);
    await expect(page.locator('article b')).toHaveCount(0);
    await expect(page.locator('article').getByRole('note')).toHaveCount(0);
    await expect(page).toHaveTitle(`${TEXT_ITEM.title} · Fixture One`);

    await page.locator('nav.back').getByRole('link', { name: '← All articles' }).click();
    await expect(page).toHaveURL(/\?feed=https[^&]*one\.json$/);
    await expectList(page, 'Fixture One', 2);
  });
});
