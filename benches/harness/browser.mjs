// Browser plumbing for the bench: Debian's Chromium through Playwright, contexts with the probe
// installed, and "load this URL and wait until the probe says it is ready".
// Used by the measurement modules in benches/harness/.
import { chromium } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from '../../scripts/chromium.mjs';
import { probe } from './probe.mjs';

export { CHROMIUM, CHROMIUM_ARGS } from '../../scripts/chromium.mjs';
export const VIEWPORT = { width: 1280, height: 800 };

export function launch() {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** A fresh context (own empty HTTP cache and storage) whose pages carry the probe. */
export async function newContext(browser, probeOptions) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript(probe, probeOptions);
  return context;
}

/**
 * Opens `url` in `page` and waits until the probe has seen `ready` ("article" or "list").
 * Returns the probe's figures: the ready time, LCP and long tasks so far (ms since navigation).
 */
export async function loadUntil(page, url, ready, timeout = 60_000) {
  const problems = [];
  const note = (text) => problems.push(text);
  const onConsole = (message) => {
    if (message.type() === 'error') note(message.text());
  };
  const onError = (error) => note(error.message);
  page.on('console', onConsole);
  page.on('pageerror', onError);
  try {
    await page.goto(url, { waitUntil: 'commit', timeout });
    await page.waitForFunction(
      (key) => window.__bench && (window.__bench[key] !== null || window.__bench.error !== null),
      ready,
      { timeout, polling: 50 },
    );
    const shown = await page.evaluate((key) => (window.__bench[key] === null ? window.__bench.error : null), ready);
    if (shown) throw new Error(`the page showed an error: ${shown}`);
  } catch (error) {
    // Say why the page never got there (a blocked script, a 404, a panic), not only that it did not.
    error.message = `${url}: no ${ready}. ${problems.join(' | ')}\n${error.message}`;
    throw error;
  } finally {
    page.off('console', onConsole);
    page.off('pageerror', onError);
  }
  return page.evaluate(async (key) => {
    const bench = window.__bench;
    // LCP is reported once the frame that shows the content has been presented.
    await bench.settle(bench[key]);
    return { ready: bench[key], lcp: bench.lcp, lcpElement: bench.lcpElement, longTasks: bench.takeLongTasks() };
  }, ready);
}

/** Total blocking time of long tasks: the part of each beyond 50 ms. */
export function blockingTime(tasks) {
  return tasks.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0);
}
