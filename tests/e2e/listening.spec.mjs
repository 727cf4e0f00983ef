// Listening: "Listen" reads from the reader's place, marks the block being read, and the saved
// place follows the voice. Headless Chromium has no voices, so the speech engine is replaced by a
// fake (helpers.mjs, `fakeSpeech`); the state machine itself is tested natively
// (src/core/listening/tests.rs).
import { blockAtLine, expect, expectArticle, fakeSpeech, SEED, test } from './helpers.mjs';

const ARTICLE = `./?article=${SEED.id}`;

test('Listen reads from the reader’s place, marks the block, and the saved place follows the voice', async ({
  page,
}) => {
  await fakeSpeech(page);
  await page.goto(`${ARTICLE}#h-strategic-implications`);
  await expectArticle(page, SEED.title);
  // The reading bar's Listen opens the listening panel; the l key listens without opening it.
  const opener = page.getByRole('button', { name: 'Listen', expanded: false });
  const listen = page.locator('#listen-panel');
  const player = (name) => listen.getByRole('button', { name, includeHidden: true });
  await expect(opener).toBeVisible();
  await page.evaluate(() => {
    window.speechDelay = null;
  });
  await page.keyboard.press('l');
  await expect(player('Pause')).toHaveAttribute('aria-pressed', 'true');
  await expect(listen).toBeHidden();
  await expect.poll(() => page.evaluate(() => window.spoken[0]?.text)).toBe('Strategic Implications');
  await expect(page.locator('.article-body .speaking')).toHaveAttribute('id', 'h-strategic-implications');

  // Faster: the voice moves on block by block, and the place with it.
  await page.evaluate(() => {
    window.speechDelay = 60;
    window.releaseSpeech();
  });
  await expect.poll(() => page.evaluate(() => window.spoken.length)).toBeGreaterThan(4);
  await page.keyboard.press('l');
  await expect(player('Resume')).toHaveCount(1);
  const marked = await page.locator('.article-body .speaking').getAttribute('id');
  expect(marked).not.toBe('h-strategic-implications');
  const stored = await page.evaluate((id) => {
    const key = Object.keys(localStorage).find(
      (name) => name.startsWith('lectern:progress:') && name.endsWith(` ${id}`),
    );
    return JSON.parse(localStorage.getItem(key));
  }, SEED.id);
  expect(stored.place.key).toBe(marked);

  // A reader who closes the tab comes back where the voice was.
  await page.goto(ARTICLE);
  await expectArticle(page, SEED.title);
  await expect(page.locator('.resume-note')).toContainText('Resumed at');
  await expect.poll(async () => (await blockAtLine(page))?.id).toBe(marked);

  // Listening again starts there; Stop ends it and clears the mark.
  await page.evaluate(() => {
    window.speechDelay = null;
  });
  await page.keyboard.press('l');
  await expect.poll(() => page.evaluate(() => window.spoken.at(-1)?.text)).toBeTruthy();
  await expect(page.locator('.article-body .speaking')).toHaveAttribute('id', marked);
  await page.getByRole('button', { name: 'Listen', expanded: false }).click();
  await listen.getByRole('button', { name: 'Stop' }).click();
  await expect(page.locator('.article-body .speaking')).toHaveCount(0);
  await expect(listen.getByRole('button', { name: 'Listen' })).toBeVisible();
});

test('the l key listens and pauses; speed applies to what is spoken next', async ({ page }) => {
  await fakeSpeech(page, { millis: 300 });
  await page.goto(ARTICLE);
  await expectArticle(page, SEED.title);
  const listen = page.locator('#listen-panel');
  // The speed and voice choices come with the player, on the first request to listen.
  await expect(listen.getByLabel('Speed')).toHaveCount(0);
  await page.keyboard.press('l');
  // Started by the key, the voice goes on with the panel closed; the bar's Listen opens it.
  await expect(listen.getByRole('button', { name: 'Pause', includeHidden: true })).toHaveCount(1);
  await page.getByRole('button', { name: 'Listen', expanded: false }).click();
  await expect(listen.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.spoken.at(-1)?.rate)).toBe(1);
  await listen.getByLabel('Speed').selectOption({ label: '1.5×' });
  await expect.poll(() => page.evaluate(() => window.spoken.at(-1)?.rate)).toBe(1.5);
  await page.keyboard.press('l');
  await expect(listen.getByRole('button', { name: 'Resume' })).toBeVisible();
});

test('the Listen button starts the player and hands it the focus; closing the panel leaves the voice going', async ({
  page,
}) => {
  await fakeSpeech(page, { millis: 2000 });
  await page.goto(ARTICLE);
  await expectArticle(page, SEED.title);
  const opener = page.getByRole('button', { name: 'Listen', expanded: false });
  await opener.click();
  const listen = page.getByRole('group', { name: 'Listen to the article' });
  const pause = listen.getByRole('button', { name: 'Pause' });
  await expect(pause).toBeFocused();
  await expect.poll(() => page.evaluate(() => window.spoken.length)).toBe(1);
  await page.keyboard.press('Enter');
  await expect(listen.getByRole('button', { name: 'Resume' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(pause).toBeFocused();
  // Escape closes the panel and gives the focus back to Listen; the voice goes on.
  await page.keyboard.press('Escape');
  await expect(listen).toHaveCount(0);
  await expect(opener).toBeFocused();
  await expect(page.locator('.article-body .speaking')).toHaveCount(1);
});

test('a player that cannot be fetched is an alert beside Listen, and the next press plays', async ({ page }) => {
  await fakeSpeech(page, { millis: 2000 });
  let block = true;
  await page.route(
    (url) => /\/chunk-[^/]+\.wasm$/.test(url.pathname),
    (route) => (block ? route.abort('internetdisconnected') : route.fallback()),
  );
  await page.goto(ARTICLE);
  await expectArticle(page, SEED.title);
  const listen = page.getByRole('group', { name: 'Listen to the article' });
  const opener = page.getByRole('button', { name: 'Listen', expanded: true });
  await page.getByRole('button', { name: 'Listen', expanded: false }).click();
  await expect(listen.getByRole('alert')).toContainText('cannot be now');
  expect(await page.evaluate(() => window.spoken.length)).toBe(0);

  block = false;
  await opener.click();
  await expect(listen.getByRole('button', { name: 'Pause' })).toBeFocused();
  await expect(listen.getByRole('alert')).toHaveCount(0);
  expect(await page.evaluate(() => window.spoken.length)).toBe(1);
});

test('without speech synthesis there is no Listen control, and nothing breaks', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'speechSynthesis', { value: undefined });
  });
  await page.goto(ARTICLE);
  await expectArticle(page, SEED.title);
  await expect(page.getByRole('group', { name: 'Listen to the article', includeHidden: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Listen' })).toHaveCount(0);
  await page.keyboard.press('l');
  await expectArticle(page, SEED.title);
});
