// Accessibility in every language and theme (issue 29): the list, the seed article with the
// reading settings open, and the shortcut help, checked by axe-core in each of the five languages
// besides English (a11y.spec.mjs covers English), under each of the six themes, with zero
// violations of any impact. Controls are found by what they control, not by their (translated) names.
import AxeBuilder from '@axe-core/playwright';
import { expect, expectArticle, expectList, SEED, test } from './helpers.mjs';

async function expectNoViolations(page, where) {
  // Wait out transitions so colours are measured at rest.
  await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished)));
  const { violations } = await new AxeBuilder({ page }).analyze();
  const report = violations.map(
    (violation) => `${violation.impact}: ${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`,
  );
  expect(report, `axe violations on ${where}`).toEqual([]);
}

const LANGUAGES = [
  { tag: 'uk', dir: 'ltr' },
  { tag: 'de', dir: 'ltr' },
  { tag: 'fr', dir: 'ltr' },
  { tag: 'es', dir: 'ltr' },
  { tag: 'ar', dir: 'rtl' },
];
const THEMES = [
  { theme: 'auto', colorScheme: 'light' },
  { theme: 'auto', colorScheme: 'dark' },
  { theme: 'light', colorScheme: 'dark' },
  { theme: 'sepia', colorScheme: 'light' },
  { theme: 'dark', colorScheme: 'light' },
  { theme: 'contrast', colorScheme: 'light' },
];

for (const { tag, dir } of LANGUAGES) {
  for (const { theme, colorScheme } of THEMES) {
    test(`${tag}, theme ${theme} on a ${colorScheme} system: list, article with settings, shortcut help are axe clean`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      await page.addInitScript(
        ([language, chosen]) => {
          localStorage.setItem('lectern:settings', JSON.stringify({ v: 1, theme: chosen, language }));
        },
        [tag, theme],
      );
      const html = page.locator('html');

      await page.goto('./');
      await expectList(page);
      await expect(html).toHaveAttribute('lang', tag);
      await expect(html).toHaveAttribute('dir', dir);
      await expect(html).toHaveAttribute('data-theme', theme);
      await expectNoViolations(page, 'the list');

      await page.goto(`./?article=${SEED.id}`);
      await expectArticle(page, SEED.title);
      await expect(html).toHaveAttribute('lang', tag);
      await page.locator('button[aria-controls="reading-settings"]:visible').first().click();
      await expect(page.locator('#reading-settings')).toBeVisible();
      await expectNoViolations(page, 'the article with its reading settings open');

      await page.keyboard.press('Escape');
      await expect(page.locator('#reading-settings')).toHaveCount(0);
      await page.keyboard.press('?');
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectNoViolations(page, 'the shortcut help');
    });
  }
}
