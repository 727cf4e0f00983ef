// Screenshots of a running Lectern at phone and desktop widths, light and dark, for looking at the UI.
// Usage: node scripts/screenshots.mjs BASE_URL OUT_DIR [QUERY ...]   (default queries: list and the seed article)
//        README=1 node scripts/screenshots.mjs BASE_URL docs/screenshots   (the README's: the seed
//        article in three themes, and the settings panel)

import { mkdir } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.mjs';

const [base = 'http://127.0.0.1:8080/', out = 'screenshots', ...queries] = process.argv.slice(2);
const pages = queries.length ? queries : ['', '?article=france-britain-troops-ukraine'];
const sizes = { phone: { width: 360, height: 780 }, desktop: { width: 1280, height: 900 } };

await mkdir(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: CHROMIUM_ARGS,
});
if (process.env.README === '1') {
  const article = new URL('?article=france-britain-troops-ukraine', base).href;
  const shots = [
    { file: 'article-sepia.png', settings: { theme: 'sepia' } },
    { file: 'article-dark.png', settings: { theme: 'dark' } },
    { file: 'article-contrast.png', settings: { theme: 'contrast', font: 'atkinson', text_size: 120 } },
    { file: 'settings.png', settings: { theme: 'light' }, open: true },
  ];
  for (const shot of shots) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(
      (settings) => localStorage.setItem('lectern:settings', JSON.stringify({ v: 1, ...settings })),
      shot.settings,
    );
    const page = await context.newPage();
    await page.goto(article);
    await page.waitForSelector('article h1');
    await page.evaluate(() => document.fonts.ready);
    if (shot.open) await page.getByRole('button', { name: 'Reading settings' }).click();
    await page.screenshot({ path: `${out}/${shot.file}` });
    console.log(`${out}/${shot.file}`);
    await context.close();
  }
  await browser.close();
  process.exit(0);
}
for (const [sizeName, viewport] of Object.entries(sizes)) {
  for (const colorScheme of ['light', 'dark']) {
    const context = await browser.newContext({ viewport, colorScheme });
    const page = await context.newPage();
    for (const [index, query] of pages.entries()) {
      await page.goto(new URL(query, base).href);
      await page.waitForSelector('h1, [role=alert]');
      const file = `${out}/${index}-${sizeName}-${colorScheme}.png`;
      await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
      console.log(file);
    }
    await context.close();
  }
}
await browser.close();
