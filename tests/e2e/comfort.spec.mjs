// Reading comfort: settings (kept, applied at once, the place kept), fonts loaded only when chosen,
// the contents, keyboard shortcuts, a keyboard-only journey, reduced motion, narrow and zoomed text,
// and forced colours.
import { blockAtLine, DEMO, expect, expectArticle, expectList, SEED, test } from './helpers.mjs';

const ARTICLE = `./?article=${SEED.id}`;

/** The id of the body block at the reading line (8 px below the reading bar). */
const blockAtTop = async (page) => (await blockAtLine(page))?.id;

test('settings apply at once, are kept across a reload, and keep the reader on the same block', async ({ page }) => {
  await page.goto(`${ARTICLE}#h-strategic-implications`);
  await expectArticle(page, SEED.title);
  await expect.poll(() => blockAtTop(page)).toBe('h-strategic-implications');

  // Mid-article the masthead is out of sight: `s` opens the panel where the reader is.
  const button = page.getByRole('button', { name: 'Reading settings' });
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('s');
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect.poll(() => blockAtTop(page)).toBe('h-strategic-implications');
  const panel = page.getByRole('region', { name: 'Reading settings' });
  const paragraph = page.locator('.article-body p').first();
  const before = await paragraph.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
  for (let step = 0; step < 4; step += 1) await panel.getByRole('button', { name: 'Larger text' }).click();
  await expect(panel.locator('output').first()).toHaveText('140%');
  const after = await paragraph.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
  expect(after / before).toBeCloseTo(1.4, 1);
  // The text reflowed; the reader is still at the same section.
  await expect.poll(() => blockAtTop(page)).toBe('h-strategic-implications');

  await panel.getByLabel('Sans-serif').check();
  await expect.poll(() => blockAtTop(page)).toBe('h-strategic-implications');
  await panel.getByLabel('Dark').check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(22, 21, 19)');
  await panel.getByLabel('Justify text (with hyphenation)').check();
  await expect(paragraph).toHaveCSS('text-align', 'justify');

  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('lectern:settings')));
  expect(stored).toMatchObject({ v: 1, text_size: 140, font: 'sans', theme: 'dark', justify: true });

  await page.reload();
  await expectArticle(page, SEED.title);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(paragraph).toHaveCSS('text-align', 'justify');
  expect(await paragraph.evaluate((element) => parseFloat(getComputedStyle(element).fontSize))).toBeCloseTo(after, 0);
});

test('the chosen theme is there before the app starts; an unknown one is ignored', async ({ page }) => {
  // The Wasm never arrives (its request is left pending): what shows is index.html alone.
  await page.route(/\.wasm$/, () => {});
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('lectern:settings', '{"v":1,"theme":"dark"}');
    }
  });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(ARTICLE);
  await expect(page.getByText('Loading Lectern…')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(22, 21, 19)');

  for (const stored of ['{"v":1,"theme":"<img src=x>"}', '{not json', 'null']) {
    await page.evaluate((value) => localStorage.setItem('lectern:settings', value), stored);
    await page.reload();
    await expect(page.getByText('Loading Lectern…')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'auto');
  }
});

test('Escape closes the settings and gives focus back to their button', async ({ page }) => {
  await page.goto(ARTICLE);
  await expectArticle(page, SEED.title);
  const button = page.getByRole('button', { name: 'Reading settings' });
  await button.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Smaller text' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('region', { name: 'Reading settings' })).toHaveCount(0);
  await expect(button).toBeFocused();
});

test('a reading font is downloaded only when chosen, and then really used', async ({ page }) => {
  const fonts = [];
  page.on('request', (request) => {
    if (request.url().includes('/fonts/')) fonts.push(request.url());
  });
  await page.goto(ARTICLE);
  await expectArticle(page, SEED.title);
  expect(fonts).toEqual([]);
  await page.getByRole('button', { name: 'Reading settings' }).click();
  await page.getByLabel('OpenDyslexic').check();
  await expect.poll(() => page.evaluate(() => document.fonts.check('16px OpenDyslexic'))).toBe(true);
  await expect
    .poll(() =>
      page.evaluate(async () => {
        await document.fonts.ready;
        return [...document.fonts].some(
          (face) => face.family.replaceAll('"', '') === 'OpenDyslexic' && face.status === 'loaded',
        );
      }),
    )
    .toBe(true);
  expect(fonts.some((url) => url.endsWith('/fonts/opendyslexic.css'))).toBe(true);
  expect(fonts.some((url) => url.includes('atkinson'))).toBe(false);
  await expect(page.locator('.article-body p').first()).toHaveCSS('font-family', /OpenDyslexic/);
});

test('the contents jump to a section and mark the one being read', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(ARTICLE);
  await expectArticle(page, SEED.title);
  const contents = page.getByRole('navigation', { name: 'Contents' });
  // Wide screens: beside the text, open.
  await expect(contents.getByRole('link', { name: SEED.sections[5] })).toBeVisible();
  expect(await contents.getByRole('link').allTextContents()).toEqual([
    ...SEED.sections.slice(0, 6),
    ...SEED.subsections,
    ...SEED.sections.slice(6),
  ]);
  await contents.getByRole('link', { name: SEED.sections[5] }).click();
  await expect.poll(() => blockAtTop(page)).toBe('h-strategic-implications');
  await expect(page.locator('#h-strategic-implications')).toBeFocused();
  await expect(contents.locator('[aria-current="location"]')).toHaveText(SEED.sections[5]);
  // The address is the reader's, not the link's fragment.
  expect(page.url()).not.toContain('#');

  await page.evaluate(() => document.getElementById('h-addressing-corruption-concerns').scrollIntoView());
  await expect(contents.locator('[aria-current="location"]')).toHaveText(SEED.sections[6]);
});

test('on a phone the contents are a disclosure, toggled by its button and by t', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto(ARTICLE);
  await expectArticle(page, SEED.title);
  const toggle = page.getByRole('button', { name: 'Contents' });
  const first = page.getByRole('navigation', { name: 'Contents' }).getByRole('link').first();
  await expect(first).toBeHidden();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(first).toBeVisible();
  await page.keyboard.press('t');
  await expect(first).toBeHidden();
  await page.keyboard.press('t');
  await first.click();
  await expect(first).toBeHidden();
  await expect.poll(() => blockAtTop(page)).toBe(`h-${SEED.sections[0].toLowerCase().replaceAll(' ', '-')}`);
});

test('shortcuts: j and k move by section, ] and [ by article, ? shows them all', async ({ page }) => {
  await page.goto(ARTICLE);
  await expectArticle(page, SEED.title);
  await page.keyboard.press('j');
  await expect.poll(() => blockAtTop(page)).toBe('h-strengthening-european-defense-cooperation');
  await page.keyboard.press('j');
  await expect.poll(() => blockAtTop(page)).toBe('h-recent-developments');
  await page.keyboard.press('k');
  await expect.poll(() => blockAtTop(page)).toBe('h-strengthening-european-defense-cooperation');
  // A modifier held: the key is the browser's.
  await page.keyboard.press('Control+j');
  await expect.poll(() => blockAtTop(page)).toBe('h-strengthening-european-defense-cooperation');

  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  for (const description of [
    'Next section',
    'Previous article',
    'Reading settings',
    'Table of contents',
    'Listen, or pause listening',
  ]) {
    await expect(help).toContainText(description);
  }
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);

  await page.keyboard.press(']');
  await expectArticle(page, DEMO.articles[1].title);
  await expect(page).toHaveURL(new RegExp(`article=${DEMO.articles[1].id}`));
  await page.keyboard.press('[');
  await expectArticle(page, SEED.title);
  await page.keyboard.press('s');
  await expect(page.getByRole('region', { name: 'Reading settings' })).toBeVisible();
  await page.keyboard.press('s');
  await expect(page.getByRole('region', { name: 'Reading settings' })).toHaveCount(0);
});

test('no shortcut fires while typing in a field', async ({ page }) => {
  await page.goto(ARTICLE);
  await expectArticle(page, SEED.title);
  await page.evaluate(() => {
    const field = Object.assign(document.createElement('input'), { id: 'field', type: 'text' });
    document.body.prepend(field);
  });
  await page.locator('#field').focus();
  await page.keyboard.type('j]s?');
  await expect(page.locator('#field')).toHaveValue('j]s?');
  await expectArticle(page, SEED.title);
  await expect(page.getByRole('region', { name: 'Reading settings' })).toHaveCount(0);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test('keyboard only: pick an article, enlarge the text, jump by the contents, return to the list', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('./');
  await expectList(page);
  const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
  let presses = 0;
  while ((await focused()) !== SEED.title && presses < 12) {
    await page.keyboard.press('Tab');
    presses += 1;
  }
  await page.keyboard.press('Enter');
  await expectArticle(page, SEED.title);

  await page.keyboard.press('s');
  await expect(page.getByRole('button', { name: 'Smaller text' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Larger text' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Reading settings' }).locator('output').first()).toHaveText('110%');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Reading settings' })).toBeFocused();

  // The reading bar's tools sit side by side in the Tab order: Listen is just before the settings.
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: 'Listen', expanded: false })).toBeFocused();

  await page.keyboard.press('t');
  const contents = page.getByRole('navigation', { name: 'Contents' });
  await expect(contents.getByRole('link').first()).toBeFocused();
  const target = contents.getByRole('link', { name: 'Conclusion' });
  presses = 0;
  while (!(await target.evaluate((element) => element === document.activeElement)) && presses < 30) {
    await page.keyboard.press('Tab');
    presses += 1;
  }
  await page.keyboard.press('Enter');
  await expect(page.locator('#h-conclusion')).toBeFocused();
  await expect.poll(() => blockAtTop(page)).toBe('h-conclusion');

  presses = 0;
  const back = page.locator('nav.back').getByRole('link', { name: /All articles/ });
  while (!(await back.evaluate((element) => element === document.activeElement)) && presses < 40) {
    await page.keyboard.press('Tab');
    presses += 1;
  }
  await page.keyboard.press('Enter');
  await expectList(page);
});

test('reduced motion: no transitions or smooth scrolling', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(ARTICLE);
  await expectArticle(page, SEED.title);
  const fill = page.locator('.progress-fill');
  expect(parseFloat(await fill.evaluate((element) => getComputedStyle(element).transitionDuration))).toBeLessThan(
    0.001,
  );
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
});

test('320 px wide with text at 200%: the text never scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.addInitScript(() => localStorage.setItem('lectern:settings', JSON.stringify({ v: 1, text_size: 205 })));
  for (const url of ['./', ARTICLE]) {
    await page.goto(url);
    await expect(page.locator('h1')).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `horizontal overflow on ${url}`).toBeLessThanOrEqual(0);
  }
});

test('forced colours keep the focus ring and the progress bar visible', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto(ARTICLE);
  await expectArticle(page, SEED.title);
  await page.mouse.wheel(0, 1500);
  await expect
    .poll(async () => Number(await page.getByRole('progressbar').getAttribute('aria-valuenow')))
    .toBeGreaterThan(0);
  const fill = await page.locator('.progress-fill').evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(fill).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  expect(outline).not.toBe('none');
});

test('reading times use the reader’s own speed once learned', async ({ page }) => {
  // Three accepted samples at 460 words a minute (twice the default 230).
  await page.addInitScript(() =>
    localStorage.setItem(
      'lectern:speed',
      JSON.stringify({
        v: 1,
        samples: [
          [920, 120000],
          [1380, 180000],
          [460, 60000],
        ],
      }),
    ),
  );
  await page.goto(ARTICLE);
  await expectArticle(page, SEED.title);
  await expect(page.locator('article .meta')).toContainText('2 min read');
  await page.goto('./');
  await expectList(page);
  await expect(page.locator('li.entry').first()).toContainText('2 min read');
});
