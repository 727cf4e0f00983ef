// Memory: the JS heap (CDP Performance.getMetrics JSHeapUsedSize, after a forced GC), DOM nodes,
// and Wasm linear memory (the `memory` export the app's loader hands to its TrunkApplicationStarted
// event) after opening the long article, and before/after opening and closing 20 articles by
// clicking links in the list and the article's "All articles" link. Used by scripts/bench.mjs.
import { loadUntil, newContext } from './browser.mjs';

/** Heap, DOM nodes and Wasm memory of `page` after a full garbage collection. */
async function snapshot(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const metric = (name) => metrics.find((entry) => entry.name === name)?.value ?? null;
  const wasm = await page.evaluate(() => window.__bench.wasm?.memory?.buffer?.byteLength ?? null);
  return { jsHeap: metric('JSHeapUsedSize'), nodes: metric('Nodes'), wasm };
}

/** Memory after opening the long article in a fresh context. */
export async function afterLongArticle(browser, url, last) {
  const context = await newContext(browser, { last });
  try {
    const page = await context.newPage();
    await loadUntil(page, url, 'article');
    return await snapshot(page);
  } finally {
    await context.close();
  }
}

/** Opens article `index % titles.length` from the list, waits for its headline, goes back. */
async function openAndClose(page, titles, index) {
  const title = titles[index % titles.length];
  await page
    .locator('li.entry h2 a')
    .nth(index % titles.length)
    .click();
  await page.waitForFunction((text) => document.querySelector('article h1')?.textContent.trim() === text, title);
  await page.locator('nav.back a').click();
  await page.waitForFunction(() => !document.querySelector('article') && document.querySelector('li.entry h2 a'));
}

/** Memory of the demo feed's list, then after 20 articles opened and closed in-app. */
export async function afterNavigation(browser, url, titles, count = 20) {
  const context = await newContext(browser, {});
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForSelector('li.entry h2 a');
    const before = await snapshot(page);
    for (let index = 0; index < count; index += 1) await openAndClose(page, titles, index);
    const after = await snapshot(page);
    const growth = Object.fromEntries(
      Object.keys(before).map((key) => [
        key,
        before[key] === null || after[key] === null ? null : after[key] - before[key],
      ]),
    );
    return { articles: count, before, after, growth };
  } finally {
    await context.close();
  }
}
