// Automated accessibility checks (axe-core) on the list, the seed article and an error, in light and dark.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, SEED, ORIGIN, serveFeed, readerUrl, expectList, expectArticle } from './helpers.mjs';

const BLOCKING = new Set(['serious', 'critical']);

/** Runs axe on the page and fails, listing each one, on any serious or critical violation. */
async function expectNoSeriousViolations(page) {
  // Wait out the progress bar's transition so colours are measured at rest.
  await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished)));
  const { violations } = await new AxeBuilder({ page }).analyze();
  const blocking = violations.filter((violation) => BLOCKING.has(violation.impact));
  const report = blocking
    .map((violation) => [
      `${violation.impact}: ${violation.id}: ${violation.help} (${violation.helpUrl})`,
      ...violation.nodes.map((node) => `    ${node.target.join(' ')}\n      ${node.failureSummary.replace(/\n/g, '\n      ')}`),
    ].join('\n'))
    .join('\n');
  expect(blocking, `axe found serious or critical violations:\n${report}`).toEqual([]);
}

for (const colorScheme of ['light', 'dark']) {
  test.describe(`${colorScheme} colour scheme`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme });
    });

    test.afterEach(async ({ page }) => {
      // The scheme under test really was the one in effect.
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(colorScheme === 'dark');
    });

    test('the feed list has no serious accessibility violations', async ({ page }) => {
      await page.goto('./');
      await expectList(page);
      await expectNoSeriousViolations(page);
    });

    test('the seed article has no serious accessibility violations', async ({ page }) => {
      await page.goto(`./?article=${SEED.id}`);
      await expectArticle(page, SEED.title);
      await expect(page.getByRole('progressbar')).toHaveCount(1);
      await expectNoSeriousViolations(page);
    });

    test('an error has no serious accessibility violations', async ({ page }) => {
      const feed = `${ORIGIN}/down.json`;
      await serveFeed(page, feed, 'Service unavailable', { status: 503 });
      await page.goto(readerUrl(feed));
      await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
      await expectNoSeriousViolations(page);
    });
  });
}
