// Screenshots of a running Lectern at phone and desktop widths, light and dark, for looking at the UI.
// Usage: node scripts/screenshots.mjs BASE_URL OUT_DIR [QUERY ...]   (default queries: list and the seed article)
import { chromium } from '@playwright/test';
import { mkdir } from 'node:fs/promises';

const [base = 'http://127.0.0.1:8080/', out = 'screenshots', ...queries] = process.argv.slice(2);
const pages = queries.length ? queries : ['', '?article=france-britain-troops-ukraine'];
const sizes = { phone: { width: 360, height: 780 }, desktop: { width: 1280, height: 900 } };

await mkdir(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
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
