// Languages (issue 29): Lectern's words in the reader's language (from the browser, or chosen in
// the reading settings), right to left in Arabic, each article in its own language and direction,
// and a widget speaking its own `lang` on a page in another language.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import {
  expect,
  expectArticle,
  feedWith,
  ORIGIN,
  readerUrl,
  SEED,
  serveDirectory,
  serveFeed,
  test,
} from './helpers.mjs';

/** Fails on any axe violation, listing them. */
async function expectNoViolations(page) {
  await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished)));
  const { violations } = await new AxeBuilder({ page }).analyze();
  const report = violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`,
  );
  expect(report, 'axe violations').toEqual([]);
}

/** Whether the page scrolls sideways (wider than its window). */
const scrollsSideways = (page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

// An article in Arabic, and one in Japanese of about 2,000 characters, with their feeds' languages.
const ARABIC = {
  id: 'qiraa',
  title: 'القراءة على الشاشة: كيف نقرأ المقالات الطويلة',
  paragraphs: [
    'يقضي كثير من القرّاء ساعات كل يوم أمام الشاشات، ومع ذلك ما زالت المقالات الطويلة تُكتب كأنها ستُطبع على الورق.',
    'يقول الباحثون إن طول السطر المريح يتراوح بين خمسين وسبعين حرفًا، وإن المسافة بين الأسطر تساعد العين على العودة إلى بداية السطر التالي.',
    'وفي العربية تبدأ العين من اليمين، فيجب أن يبدأ كل شيء من هناك: العنوان، والفقرات، وشريط التقدم أيضًا.',
  ],
};
const JAPANESE_PARAGRAPH =
  '画面で長い文章を読むとき、私たちは紙の本とは少し違う読み方をしています。行の長さや文字の大きさ、行間の広さによって、読みやすさは大きく変わります。';
const JAPANESE = {
  id: 'yomu',
  title: '画面で長い文章を読むということ',
  // About 2,000 characters: at 357 a minute (IReST, Japanese) five or six minutes, never one.
  paragraphs: Array.from({ length: 28 }, () => JAPANESE_PARAGRAPH),
};

const html = (paragraphs) => paragraphs.map((text) => `<p>${text}</p>`).join('');
const LANGUAGES_FEED = `${ORIGIN}/languages.json`;
const languagesFeed = {
  ...feedWith([
    { id: ARABIC.id, title: ARABIC.title, content_html: html(ARABIC.paragraphs), language: 'ar' },
    { id: JAPANESE.id, title: JAPANESE.title, content_html: html(JAPANESE.paragraphs) },
    { id: 'unknown', title: 'A title in no stated language', content_text: 'Some text.', language: '' },
  ]),
  // The feed's language is Japanese: items without their own take it.
  language: 'ja',
};

test.describe('in Ukrainian', () => {
  test.use({ locale: 'uk-UA' });

  test('the interface speaks Ukrainian, the date reads in it, the article keeps its own language', async ({ page }) => {
    await page.goto(`./?article=${SEED.id}`);
    await expectArticle(page, SEED.title);
    await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(page.getByRole('button', { name: 'Налаштування читання' })).toBeVisible();
    const time = page.locator('article time');
    await expect(time).toContainText('26 листопада 2024');
    await expect(time).toHaveAttribute('datetime', SEED.datetime);
    await expect(page.locator('article .reading-time')).toHaveText('4 хв читання');
    // The seed feed is English: the article says so whatever the interface's language.
    await expect(page.locator('article')).toHaveAttribute('lang', 'en');
    await expect(page.locator('article')).toHaveAttribute('dir', 'ltr');
    await expect(page.getByRole('navigation', { name: 'Стрічка' })).toBeVisible();
    await expectNoViolations(page);
  });

  test('the list and its statuses speak Ukrainian', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('li.entry')).toHaveCount(3);
    await expect(page.locator('li.entry .status').first()).toHaveText('Непрочитане');
    await expect(page.locator('li.entry .entry-title').first()).toHaveAttribute('lang', 'en');
  });
});

test.describe('in Arabic', () => {
  test.use({ locale: 'ar', viewport: { width: 360, height: 780 } });

  test('right to left at 360 px: mirrored, no sideways scroll, axe clean', async ({ page }) => {
    await serveFeed(page, LANGUAGES_FEED, languagesFeed);
    await page.goto(readerUrl(LANGUAGES_FEED));
    await expect(page.locator('li.entry')).toHaveCount(3);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('button', { name: 'إعدادات القراءة' })).toBeVisible();
    expect(await scrollsSideways(page)).toBe(false);
    await expectNoViolations(page);

    await page.goto(readerUrl(LANGUAGES_FEED, ARABIC.id));
    await expectArticle(page, ARABIC.title);
    await expect(page.locator('article')).toHaveAttribute('lang', 'ar');
    await expect(page.locator('article')).toHaveAttribute('dir', 'rtl');
    // The progress bar fills from the right, where Arabic reading starts.
    await expect(page.locator('.progress-fill')).toHaveCSS('transform-origin', /^360px /);
    expect(await scrollsSideways(page)).toBe(false);
    await expectNoViolations(page);

    await page.goto(`./?article=${SEED.id}`);
    await expectArticle(page, SEED.title);
    expect(await scrollsSideways(page)).toBe(false);
    await expectNoViolations(page);
  });

  for (const colorScheme of ['light', 'dark']) {
    for (const [size, viewport] of [
      ['phone', { width: 360, height: 780 }],
      ['desktop', { width: 1280, height: 900 }],
    ]) {
      test(`screenshot: an Arabic article, ${size}, ${colorScheme}`, async ({ page }, testInfo) => {
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme });
        await serveFeed(page, LANGUAGES_FEED, languagesFeed);
        await page.goto(readerUrl(LANGUAGES_FEED, ARABIC.id));
        await expectArticle(page, ARABIC.title);
        await page.evaluate(() => document.fonts.ready);
        expect(await scrollsSideways(page)).toBe(false);
        await page.screenshot({ path: testInfo.outputPath(`rtl-${size}-${colorScheme}.png`) });
        // The settings panel, open, and the list, mirrored too.
        await page.getByRole('button', { name: 'إعدادات القراءة' }).click();
        await expect(page.getByRole('region', { name: 'إعدادات القراءة' })).toBeVisible();
        expect(await scrollsSideways(page)).toBe(false);
        await page.screenshot({ path: testInfo.outputPath(`rtl-settings-${size}-${colorScheme}.png`) });
        await page.keyboard.press('Escape');
        await page.goto(readerUrl(LANGUAGES_FEED));
        await expect(page.locator('li.entry')).toHaveCount(3);
        await page.screenshot({ path: testInfo.outputPath(`rtl-list-${size}-${colorScheme}.png`) });
      });
    }
  }
});

test.describe('in English', () => {
  test.use({ locale: 'en-US' });

  test('each article speaks its own language, or its feed’s; an unknown one reads in its own direction', async ({
    page,
  }) => {
    await serveFeed(page, LANGUAGES_FEED, languagesFeed);
    await page.goto(readerUrl(LANGUAGES_FEED));
    await expect(page.locator('li.entry')).toHaveCount(3);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const titles = page.locator('li.entry .entry-title');
    await expect(titles.nth(0)).toHaveAttribute('lang', 'ar');
    await expect(titles.nth(0)).toHaveAttribute('dir', 'rtl');
    await expect(titles.nth(1)).toHaveAttribute('lang', 'ja');
    await expect(titles.nth(1)).toHaveAttribute('dir', 'ltr');
    // A blank item language is no language: the feed's (Japanese) is taken.
    await expect(titles.nth(2)).toHaveAttribute('lang', 'ja');
  });

  test('a Japanese article: its language, and its reading time by characters', async ({ page }) => {
    await serveFeed(page, LANGUAGES_FEED, languagesFeed);
    await page.goto(readerUrl(LANGUAGES_FEED, JAPANESE.id));
    await expectArticle(page, JAPANESE.title);
    await expect(page.locator('article')).toHaveAttribute('lang', 'ja');
    await expect(page.locator('article')).toHaveAttribute('dir', 'ltr');
    const minutes = Number((await page.locator('article .reading-time').textContent()).match(/\d+/)?.[0]);
    expect(minutes).toBeGreaterThanOrEqual(5);
    expect(minutes).toBeLessThanOrEqual(7);
  });

  test('the language chosen in the reading settings applies at once and is kept', async ({ page }) => {
    await page.goto(`./?article=${SEED.id}`);
    await expectArticle(page, SEED.title);
    await page.getByRole('button', { name: 'Reading settings' }).click();
    await page.getByRole('radio', { name: 'Français' }).check();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('button', { name: 'Réglages de lecture' })).toBeVisible();
    await expect(page.locator('article time')).toContainText('26 novembre 2024');
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('lectern:settings')));
    expect(stored.language).toBe('fr');

    await page.reload();
    await expectArticle(page, SEED.title);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await page.getByRole('button', { name: 'Réglages de lecture' }).click();
    await page.getByRole('radio', { name: 'العربية' }).check();
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await page.getByRole('radio', { name: 'تلقائي (لغة المتصفح)' }).check();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  });

  test('settings stored before the language choice still load', async ({ page }) => {
    await page.addInitScript(() => {
      localStorage.setItem(
        'lectern:settings',
        '{"v":1,"text_size":120,"font":"sans","line_height":160,"line_width":"wide","justify":false,"theme":"dark"}',
      );
    });
    await page.goto(`./?article=${SEED.id}`);
    await expectArticle(page, SEED.title);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

test.describe('a widget', () => {
  let host;
  let hostDir;

  test.beforeAll(async ({ baseURL }) => {
    hostDir = await mkdtemp(join(tmpdir(), 'lectern-languages-'));
    const reader = baseURL.replace(/\/$/, '');
    for (const name of await readdir('tests/e2e/hosts')) {
      const text = await readFile(join('tests/e2e/hosts', name), 'utf8');
      await writeFile(join(hostDir, name), text.replaceAll('READER', reader));
    }
    host = await serveDirectory(hostDir);
  });

  test.afterAll(async () => {
    await host?.stop();
    await rm(hostDir, { recursive: true, force: true });
  });

  test.use({ locale: 'de-DE' });

  test('with lang="fr" on a Spanish page speaks French, and follows its lang', async ({ page }) => {
    await page.goto(`${host.url}languages.html`);
    const french = page.locator('#french');
    await french.scrollIntoViewIfNeeded();
    await expect(french.locator('article h1')).toHaveText(SEED.title);
    await expect(french.locator('.page.guest')).toHaveAttribute('lang', 'fr');
    await expect(french.getByRole('button', { name: 'Réglages de lecture' })).toBeVisible();
    await expect(french.locator('article .reading-time')).toHaveText('4\u00a0min de lecture');

    // Without its own, the page's language (Spanish), not the browser's (German).
    const spanish = page.locator('#page');
    await spanish.scrollIntoViewIfNeeded();
    await expect(spanish.locator('.page.guest')).toHaveAttribute('lang', 'es');
    await expect(spanish.getByRole('button', { name: 'Ajustes de lectura' })).toBeVisible();

    // A new `lang` applies at once; an Arabic one turns the widget right to left.
    await french.evaluate((element) => element.setAttribute('lang', 'ar'));
    await expect(french.locator('.page.guest')).toHaveAttribute('dir', 'rtl');
    await expect(french.getByRole('button', { name: 'إعدادات القراءة' })).toBeVisible();
    await french.evaluate((element) => element.removeAttribute('lang'));
    await expect(french.locator('.page.guest')).toHaveAttribute('lang', 'es');
  });
});
