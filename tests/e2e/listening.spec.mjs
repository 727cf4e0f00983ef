// Listening: "Listen" reads from the reader's place, marks the block being read, and the saved
// place follows the voice. Headless Chromium has no voices, so the speech engine is replaced by a
// fake that "speaks" each utterance in a few milliseconds and records it (SpeechSynthesis's own
// prototype is patched, so the app calls the real binding); the state machine itself is tested
// natively (src/core/listening/tests.rs).
import { expect, expectArticle, SEED, test } from './helpers.mjs';

const ARTICLE = `./?article=${SEED.id}`;

async function fakeSpeech(page, { millis = 40 } = {}) {
  await page.addInitScript((delay) => {
    window.spoken = [];
    const pending = new Set();
    SpeechSynthesis.prototype.getVoices = () => [];
    // `window.speechDelay = null` holds each utterance until `window.releaseSpeech()`: a check
    // of what is being spoken then cannot race a loaded machine's clock.
    SpeechSynthesis.prototype.speak = function speak(utterance) {
      window.spoken.push({ text: utterance.text, rate: utterance.rate });
      const entry = { timer: null, utterance };
      entry.finish = () => {
        pending.delete(entry);
        utterance.dispatchEvent(new Event('end'));
      };
      pending.add(entry);
      const wait = window.speechDelay === undefined ? delay : window.speechDelay;
      if (wait !== null) entry.timer = setTimeout(entry.finish, wait);
    };
    window.releaseSpeech = () => {
      for (const entry of [...pending]) {
        clearTimeout(entry.timer);
        entry.finish();
      }
    };
    SpeechSynthesis.prototype.cancel = function cancel() {
      for (const entry of pending) {
        clearTimeout(entry.timer);
        entry.utterance.dispatchEvent(new Event('error'));
      }
      pending.clear();
    };
  }, millis);
}

test('Listen reads from the reader’s place, marks the block, and the saved place follows the voice', async ({
  page,
}) => {
  await fakeSpeech(page);
  await page.goto(`${ARTICLE}#h-strategic-implications`);
  await expectArticle(page, SEED.title);
  const listen = page.getByRole('group', { name: 'Listen to the article' });
  const toggle = listen.getByRole('button', { name: 'Listen' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await page.evaluate(() => {
    window.speechDelay = null;
  });
  // Mid-article the tools are above, out of sight: the l key is the same control.
  await page.keyboard.press('l');
  await expect(listen.getByRole('button', { name: 'Pause' })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => page.evaluate(() => window.spoken[0]?.text)).toBe('Strategic Implications');
  await expect(page.locator('.article-body .speaking')).toHaveAttribute('id', 'h-strategic-implications');

  // Faster: the voice moves on block by block, and the place with it.
  await page.evaluate(() => {
    window.speechDelay = 60;
    window.releaseSpeech();
  });
  await expect.poll(() => page.evaluate(() => window.spoken.length)).toBeGreaterThan(4);
  await page.keyboard.press('l');
  await expect(listen.getByRole('button', { name: 'Resume' })).toBeVisible();
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
  await expect
    .poll(() =>
      page.evaluate(() => {
        const blocks = [...document.querySelectorAll('.article-body [id]')];
        return blocks.filter((block) => block.getBoundingClientRect().top <= 10).at(-1)?.id;
      }),
    )
    .toBe(marked);

  // Listening again starts there; Stop ends it and clears the mark.
  await page.evaluate(() => {
    window.speechDelay = null;
  });
  await page.keyboard.press('l');
  await expect.poll(() => page.evaluate(() => window.spoken.at(-1)?.text)).toBeTruthy();
  await expect(page.locator('.article-body .speaking')).toHaveAttribute('id', marked);
  await listen.getByRole('button', { name: 'Stop' }).click();
  await expect(page.locator('.article-body .speaking')).toHaveCount(0);
  await expect(listen.getByRole('button', { name: 'Listen' })).toBeVisible();
});

test('the l key listens and pauses; speed applies to what is spoken next', async ({ page }) => {
  await fakeSpeech(page, { millis: 300 });
  await page.goto(ARTICLE);
  await expectArticle(page, SEED.title);
  const listen = page.getByRole('group', { name: 'Listen to the article' });
  // The speed and voice choices come with the player, on the first request to listen.
  await expect(listen.getByLabel('Speed')).toHaveCount(0);
  await page.keyboard.press('l');
  await expect(listen.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.spoken.at(-1)?.rate)).toBe(1);
  await listen.getByLabel('Speed').selectOption({ label: '1.5×' });
  await expect.poll(() => page.evaluate(() => window.spoken.at(-1)?.rate)).toBe(1.5);
  await page.keyboard.press('l');
  await expect(listen.getByRole('button', { name: 'Resume' })).toBeVisible();
});

test('the Listen button starts the player and hands it the focus', async ({ page }) => {
  await fakeSpeech(page, { millis: 2000 });
  await page.goto(ARTICLE);
  await expectArticle(page, SEED.title);
  const listen = page.getByRole('group', { name: 'Listen to the article' });
  await listen.getByRole('button', { name: 'Listen' }).click();
  const pause = listen.getByRole('button', { name: 'Pause' });
  await expect(pause).toBeFocused();
  await expect.poll(() => page.evaluate(() => window.spoken.length)).toBe(1);
  await page.keyboard.press('Enter');
  await expect(listen.getByRole('button', { name: 'Resume' })).toBeFocused();
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
  await listen.getByRole('button', { name: 'Listen' }).click();
  await expect(listen.getByRole('alert')).toContainText('cannot be now');
  expect(await page.evaluate(() => window.spoken.length)).toBe(0);

  block = false;
  await listen.getByRole('button', { name: 'Listen' }).click();
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
  await expect(page.getByRole('group', { name: 'Listen to the article' })).toHaveCount(0);
  await page.keyboard.press('l');
  await expectArticle(page, SEED.title);
});
