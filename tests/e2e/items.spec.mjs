// What real feeds carry besides a body: podcast attachments, and items that are only a link.
import { test, expect, ORIGIN, serveFeed, readerUrl, feedWith, expectArticle } from './helpers.mjs';

const FEED_URL = `${ORIGIN}/podcast.json`;
const FEED = feedWith([
  {
    id: 'ep1',
    title: 'Episode one',
    content_text: 'Show notes.',
    attachments: [
      { url: 'media/ep1.mp3', mime_type: 'audio/mpeg', title: 'Episode one (MP3)', size_in_bytes: 45000000, duration_in_seconds: 3725 },
      { url: 'notes.pdf', mime_type: 'application/pdf', size_in_bytes: 820000 },
      { url: 'javascript:alert(1)', mime_type: 'audio/mpeg' },
    ],
  },
  { id: 'link', title: 'Elsewhere', url: 'https://elsewhere.example/post' },
], 'Podcast');

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
  await expect(attachments.nth(0).getByRole('link', { name: 'Episode one (MP3)' })).toHaveAttribute('href', 'https://feeds.example/media/ep1.mp3');
  await expect(attachments.nth(0)).toContainText('MPEG audio · 45 MB · 1 h 2 min');
  await expect(attachments.nth(1).getByRole('link', { name: 'notes.pdf' })).toBeVisible();
  await expect(attachments.nth(1)).toContainText('PDF · 820 KB');
  await expect(page.locator('a[href^="javascript:"], audio[src^="javascript:"]')).toHaveCount(0);
});

test('an item that is only a link offers the way to it, not an empty page', async ({ page }) => {
  await page.goto(readerUrl(FEED_URL, 'link'));
  await expectArticle(page, 'Elsewhere');
  await expect(page.getByRole('note')).toHaveText('The feed carries only a link to this article.');
  await expect(page.getByRole('link', { name: 'Read it on elsewhere.example' })).toHaveAttribute('href', 'https://elsewhere.example/post');
});
