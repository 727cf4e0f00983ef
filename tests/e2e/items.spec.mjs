// What real feeds carry besides a body: podcast attachments, items that are only a link, icons and avatars.
import { expect, expectArticle, expectList, feedWith, ORIGIN, readerUrl, serveFeed, test } from './helpers.mjs';

const FEED_URL = `${ORIGIN}/podcast.json`;
const FEED = feedWith(
  [
    {
      id: 'ep1',
      title: 'Episode one',
      content_text: 'Show notes.',
      attachments: [
        {
          url: 'media/ep1.mp3',
          mime_type: 'audio/mpeg',
          title: 'Episode one (MP3)',
          size_in_bytes: 45000000,
          duration_in_seconds: 3725,
        },
        { url: 'notes.pdf', mime_type: 'application/pdf', size_in_bytes: 820000 },
        { url: 'javascript:alert(1)', mime_type: 'audio/mpeg' },
      ],
    },
    { id: 'link', title: 'Elsewhere', url: 'https://elsewhere.example/post' },
  ],
  'Podcast',
);

test.beforeEach(async ({ page }) => {
  await serveFeed(page, FEED_URL, FEED);
  // Media files are never fetched until the reader presses play.
  await page.route('**/*.mp3', (route) => route.abort());
});

test('attachments get a player that waits to be asked, and a link with type, size and length', async ({ page }) => {
  await page.goto(readerUrl(FEED_URL, 'ep1'));
  await expectArticle(page, 'Episode one');
  const attachments = page.getByRole('list', { name: 'Attachments' }).locator('li');
  await expect(attachments).toHaveCount(2);
  const audio = attachments.nth(0).locator('audio');
  await expect(audio).toHaveAttribute('src', 'https://feeds.example/media/ep1.mp3');
  await expect(audio).toHaveAttribute('controls', '');
  await expect(audio).toHaveAttribute('preload', 'none');
  expect(await audio.evaluate((element) => element.autoplay || !element.paused)).toBe(false);
  await expect(attachments.nth(0).getByRole('link', { name: 'Episode one (MP3)' })).toHaveAttribute(
    'href',
    'https://feeds.example/media/ep1.mp3',
  );
  await expect(attachments.nth(0)).toContainText('MPEG audio · 45 MB · 1 h 2 min');
  await expect(attachments.nth(1).getByRole('link', { name: 'notes.pdf' })).toBeVisible();
  await expect(attachments.nth(1)).toContainText('PDF · 820 KB');
  await expect(page.locator('a[href^="javascript:"], audio[src^="javascript:"]')).toHaveCount(0);
});

test('an item that is only a link offers the way to it, not an empty page', async ({ page }) => {
  await page.goto(readerUrl(FEED_URL, 'link'));
  await expectArticle(page, 'Elsewhere');
  await expect(page.getByRole('note')).toHaveText('The feed carries only a link to this article.');
  await expect(page.getByRole('link', { name: 'Read it on elsewhere.example' })).toHaveAttribute(
    'href',
    'https://elsewhere.example/post',
  );
});

test('the feed’s icon and an author’s avatar show small and lazy, beside text that never waits for them', async ({
  page,
}) => {
  const feedUrl = `${ORIGIN}/pictured.json`;
  const picture =
    '<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><rect width="8" height="8" fill="#8a3b12"/></svg>';
  await page.route(`${ORIGIN}/pictures/**`, (route) =>
    route.fulfill({ headers: { 'content-type': 'image/svg+xml' }, body: picture }),
  );
  await serveFeed(page, feedUrl, {
    ...feedWith(
      [
        {
          id: 'a',
          title: 'With an author',
          content_text: 'Text.',
          authors: [{ name: 'Ann Author', avatar: 'pictures/ann.svg' }],
        },
      ],
      'Pictured',
    ),
    favicon: 'pictures/favicon.svg',
    icon: 'pictures/icon.svg',
  });
  await page.goto(readerUrl(feedUrl));
  await expectList(page, 'Pictured', 1);
  const icon = page.locator('h1 img.feed-icon');
  await expect(icon).toHaveAttribute('src', `${ORIGIN}/pictures/favicon.svg`);
  await expect(icon).toHaveAttribute('alt', '');
  await expect(icon).toHaveAttribute('loading', 'lazy');
  await page.getByRole('link', { name: 'With an author' }).click();
  const avatar = page.locator('article .byline img.avatar');
  await expect(avatar).toHaveAttribute('src', `${ORIGIN}/pictures/ann.svg`);
  await expect(avatar).toHaveAttribute('loading', 'lazy');
  await expect(page.locator('article .byline')).toHaveText('By Ann Author');
});
