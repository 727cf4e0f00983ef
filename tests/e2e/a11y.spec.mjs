// Automated accessibility checks (axe-core, its experimental rules on too: label in name among them):
// every screen and panel, in every theme (and the automatic theme under a light and a dark system),
// with zero violations of any impact.
import AxeBuilder from '@axe-core/playwright';
import {
  EXPERIMENTAL_RULES,
  expect,
  expectArticle,
  expectList,
  ORIGIN,
  readerUrl,
  SEED,
  serveFeed,
  test,
} from './helpers.mjs';

/** Runs axe on the page and fails, listing each one, on any violation. */
async function expectNoViolations(page) {
  // Wait out transitions so colours are measured at rest.
  await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished)));
  const { violations } = await new AxeBuilder({ page }).options({ rules: EXPERIMENTAL_RULES }).analyze();
  const report = violations
    .map((violation) =>
      [
        `${violation.impact}: ${violation.id}: ${violation.help} (${violation.helpUrl})`,
        ...violation.nodes.map(
          (node) => `    ${node.target.join(' ')}\n      ${node.failureSummary.replace(/\n/g, '\n      ')}`,
        ),
      ].join('\n'),
    )
    .join('\n');
  expect(violations, `axe found violations:\n${report}`).toEqual([]);
}

const THEMES = [
  { name: 'automatic, light system', theme: 'auto', colorScheme: 'light' },
  { name: 'automatic, dark system', theme: 'auto', colorScheme: 'dark' },
  { name: 'light', theme: 'light', colorScheme: 'dark' },
  { name: 'sepia', theme: 'sepia', colorScheme: 'light' },
  { name: 'dark', theme: 'dark', colorScheme: 'light' },
  { name: 'high contrast', theme: 'contrast', colorScheme: 'light' },
];

const SCREENS = [
  {
    name: 'the feed list',
    open: async (page) => {
      await page.goto('./');
      await expectList(page);
    },
  },
  {
    name: 'the seed article',
    open: async (page) => {
      await page.goto(`./?article=${SEED.id}`);
      await expectArticle(page, SEED.title);
      await expect(page.getByRole('progressbar')).toHaveCount(1);
    },
  },
  {
    name: 'the settings panel',
    open: async (page) => {
      await page.goto(`./?article=${SEED.id}`);
      await expectArticle(page, SEED.title);
      await page.getByRole('button', { name: 'Reading settings' }).click();
      await expect(page.getByRole('region', { name: 'Reading settings' })).toBeVisible();
    },
  },
  {
    name: 'the contents, open on a phone',
    open: async (page) => {
      await page.setViewportSize({ width: 390, height: 800 });
      await page.goto(`./?article=${SEED.id}`);
      await expectArticle(page, SEED.title);
      await page.getByRole('button', { name: 'Contents' }).click();
      await expect(page.getByRole('navigation', { name: 'Contents' }).getByRole('link').first()).toBeVisible();
    },
  },
  {
    name: 'the shortcut help',
    open: async (page) => {
      await page.goto(`./?article=${SEED.id}`);
      await expectArticle(page, SEED.title);
      await page.keyboard.press('?');
      await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    },
  },
  {
    name: 'an error',
    open: async (page) => {
      const feed = `${ORIGIN}/down.json`;
      await serveFeed(page, feed, 'Service unavailable', { status: 503 });
      await page.goto(readerUrl(feed));
      await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
    },
  },
];

for (const { name, theme, colorScheme } of THEMES) {
  test.describe(`theme: ${name}`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.addInitScript((chosen) => {
        localStorage.setItem('lectern:settings', JSON.stringify({ v: 1, theme: chosen }));
      }, theme);
    });

    for (const screen of SCREENS) {
      test(`${screen.name} has no accessibility violations`, async ({ page }) => {
        await screen.open(page);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await expectNoViolations(page);
      });
    }
  });
}
