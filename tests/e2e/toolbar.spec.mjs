// The reading bar (issue 28): every control on it, at 360 and 1280 px, by mouse, keyboard and
// touch: read to about 60%, open the control, use it, close it; the same block is then at the top
// of the reading area (measured as src/shell/reading/position.rs measures it, helpers.mjs
// `blockAtLine`) and the stored place is what it was. The widget does the same in a host page.
// Then how the bar comes and goes, and axe with its experimental rules on every panel.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import {
  blockAtLine,
  DEMO,
  EXPERIMENTAL_RULES,
  expect,
  expectArticle,
  expectList,
  fakeSpeech,
  serveDirectory,
  test,
} from './helpers.mjs';

const LONG_READ = DEMO.articles[2];
const VIEWPORTS = { 360: { width: 360, height: 740 }, 1280: { width: 1280, height: 800 } };
const MODES = ['mouse', 'keyboard', 'touch'];

/** A fake voice that holds each utterance: listening starts, and the voice stays on its block. */
async function holdSpeech(page) {
  await fakeSpeech(page);
  await page.addInitScript(() => {
    window.speechDelay = null;
  });
}

/** The long read's stored record (`place`, `percent`), after writing what is pending. */
function storedPlace(page) {
  return page.evaluate((id) => {
    // What position.rs does when the page is hidden: a place not yet written is written now.
    dispatchEvent(new Event('pagehide'));
    const key = Object.keys(localStorage).find(
      (name) => name.startsWith('lectern:progress:') && name.endsWith(` ${id}`),
    );
    return key ? JSON.parse(localStorage.getItem(key)) : null;
  }, LONG_READ.id);
}

/** Where the page app or the widget (`host`, its selector) keeps the reader's tools. */
const barOf = (page, host) => page.locator(host ? `${host} .reading-bar` : '.reading-bar');

/** Scrolls the window, or the widget's box, so that `share` of what scrolls is above. */
function scrollTo(page, share, host) {
  return page.evaluate(
    ([share, host]) => {
      if (!host) return window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) * share);
      const box = document.querySelector(host).shadowRoot.querySelector('.lectern-widget');
      box.scrollTop = (box.scrollHeight - box.clientHeight) * share;
    },
    [share, host],
  );
}

/** Reads to about 60%: the place is stored, the bar tucked away. Returns the block and record. */
async function readTo60(page, host) {
  await scrollTo(page, 0.6, host);
  await expect
    .poll(async () => (await storedPlace(page))?.percent ?? 0, { message: 'the place at 60% is stored' })
    .toBeGreaterThan(40);
  await expect(barOf(page, host)).toHaveClass(/tucked/);
  return { block: await blockAtLine(page, host), record: await storedPlace(page) };
}

/** The reader brings the bar back: a click or a tap in the margin (the keyboard's Tab needs none). */
async function reveal(page, mode, host) {
  if (mode === 'keyboard') return;
  const box = host ? await page.locator(host).boundingBox() : { x: 0, y: 0, height: page.viewportSize().height };
  const [x, y] = [box.x + 4, box.y + box.height / 2];
  if (mode === 'mouse') await page.mouse.click(x, y);
  else await page.touchscreen.tap(x, y);
  await expect(barOf(page, host)).not.toHaveClass(/tucked/);
}

/** Whether `target` has the focus (in its document or shadow root). */
const focused = (target) =>
  target.evaluate((element) => element.getRootNode().activeElement === element).catch(() => false);

/** Presses `target` as the reader does: a click, a tap, or Tab until it has the focus, then Enter. */
async function press(page, target, mode) {
  if (mode === 'mouse') return target.click();
  if (mode === 'touch') return target.tap();
  for (let presses = 0; presses < 80 && !(await focused(target)); presses += 1) await page.keyboard.press('Tab');
  await expect(target).toBeFocused();
  await page.keyboard.press('Enter');
}

/** The same block at the reading line, within 2 px of where it was, and the same stored place. */
async function expectSamePlace(page, before, { host, sameKeyOnly = false } = {}) {
  await expect.poll(async () => (await blockAtLine(page, host))?.id).toBe(before.block.id);
  const after = await blockAtLine(page, host);
  expect(Math.abs(after.offset - before.block.offset), 'the block moved on the screen').toBeLessThanOrEqual(2);
  const record = await storedPlace(page);
  expect(record.place.key).toBe(before.record.place.key);
  if (sameKeyOnly) return;
  expect(record.percent).toBe(before.record.percent);
  expect(Math.abs(record.place.fraction - before.record.place.fraction)).toBeLessThan(0.01);
}

/**
 * Each control of the bar: open it, use it, close it. `widths` are where it is on the bar (on wide
 * screens the contents stand beside the text instead). `sameKeyOnly`: listening saves the place at
 * the start of the block the voice reads, which is the block at the line.
 */
const CONTROLS = [
  {
    name: 'All articles',
    widths: [360, 1280],
    control: (bar) => bar.getByRole('link', { name: 'All articles' }),
    async run(page, { mode, host, control }) {
      await press(page, control, mode);
      if (!host) {
        await expectList(page);
        await page.goBack();
      } else {
        // "Continue reading" has it first now; either link opens it.
        const link = page.locator(host).getByRole('link', { name: LONG_READ.title }).first();
        await press(page, link, mode);
      }
      // The article opens again at the stored place, and says so.
      await expect(page.locator(`${host ?? 'body'} .resume-note`)).toContainText('Resumed at');
    },
  },
  {
    name: 'Contents',
    widths: [360],
    control: (bar) => bar.getByRole('button', { name: 'Contents' }),
    async run(page, { mode, control, bar }) {
      await press(page, control, mode);
      await expect(control).toHaveAttribute('aria-expanded', 'true');
      const list = bar.getByRole('navigation', { name: 'Contents' }).getByRole('list');
      await expect(list).toBeVisible();
      // Looking through it moves nothing: the reader's keys move along it, the list scrolls itself.
      if (mode === 'keyboard') {
        await page.keyboard.press('Tab');
        await page.keyboard.press('Tab');
        await expect(list.getByRole('link').nth(1)).toBeFocused();
      } else {
        await list.getByRole('link').nth(1).hover();
      }
      await list.evaluate((element) => element.scrollBy(0, 60));
      if (mode === 'keyboard') {
        await page.keyboard.press('Escape');
        await expect(control).toBeFocused();
      } else {
        await press(page, control, mode);
      }
      await expect(list).toBeHidden();
    },
  },
  {
    name: 'Listen',
    widths: [360, 1280],
    sameKeyOnly: true,
    control: (bar) => bar.getByRole('button', { name: 'Listen', expanded: false }),
    async run(page, { mode, host, control, bar, before }) {
      await press(page, control, mode);
      const panel = bar.getByRole('group', { name: 'Listen to the article' });
      const pause = panel.getByRole('button', { name: 'Pause' });
      await expect(pause).toBeVisible();
      // It reads from the block at the reading line.
      const text = await page
        .locator(host ?? 'body')
        .locator(`[id="${before.block.id}"]`)
        .evaluate((element) => element.textContent.trim().slice(0, 20));
      await expect.poll(() => page.evaluate(() => window.spoken[0]?.text.slice(0, 20))).toBe(text);
      if (mode === 'keyboard') {
        await expect(pause).toBeFocused();
        await page.keyboard.press('Enter');
      } else {
        await press(page, pause, mode);
      }
      await expect(panel.getByRole('button', { name: 'Resume' })).toBeVisible();
      const opener = bar.getByRole('button', { name: 'Listen', expanded: true });
      if (mode === 'keyboard') {
        await page.keyboard.press('Escape');
        await expect(control).toBeFocused();
      } else {
        await press(page, opener, mode);
      }
      await expect(panel).toHaveCount(0);
    },
  },
  {
    name: 'Reading settings',
    widths: [360, 1280],
    control: (bar) => bar.getByRole('button', { name: 'Reading settings' }),
    async run(page, { mode, control, bar }) {
      await press(page, control, mode);
      const panel = bar.getByRole('region', { name: 'Reading settings' });
      const size = panel.locator('output').first();
      await expect(size).toHaveText('100%');
      // Larger, then smaller again: the text reflows twice and the reader stays on the line.
      if (mode === 'keyboard') {
        await page.keyboard.press('Tab');
        await expect(panel.getByRole('button', { name: 'Smaller text' })).toBeFocused();
        await page.keyboard.press('Tab');
        await page.keyboard.press('Enter');
        await expect(size).toHaveText('110%');
        await page.keyboard.press('Shift+Tab');
        await page.keyboard.press('Enter');
      } else {
        await press(page, panel.getByRole('button', { name: 'Larger text' }), mode);
        await expect(size).toHaveText('110%');
        await press(page, panel.getByRole('button', { name: 'Smaller text' }), mode);
      }
      await expect(size).toHaveText('100%');
      if (mode === 'keyboard') {
        await page.keyboard.press('Escape');
        await expect(control).toBeFocused();
      } else {
        await press(page, control, mode);
      }
      await expect(panel).toHaveCount(0);
    },
  },
  {
    name: 'Keyboard shortcuts',
    widths: [360, 1280],
    control: (bar) => bar.getByRole('button', { name: 'Keyboard shortcuts' }),
    async run(page, { mode, host, control }) {
      await press(page, control, mode);
      const help = page.locator(host ?? 'body').getByRole('dialog', { name: 'Keyboard shortcuts' });
      await expect(help).toBeVisible();
      const close = help.getByRole('button', { name: 'Close' });
      await expect(close).toBeFocused();
      await expect(help).toContainText('Next section');
      if (mode === 'keyboard') await page.keyboard.press('Escape');
      else await press(page, close, mode);
      await expect(help).toHaveCount(0);
      await expect(control).toBeFocused();
    },
  },
];

for (const width of [360, 1280]) {
  for (const mode of MODES) {
    test.describe(`${width} px, ${mode}`, () => {
      test.use({ viewport: VIEWPORTS[width], hasTouch: mode === 'touch' });
      for (const { name, widths, control, run, sameKeyOnly } of CONTROLS) {
        if (!widths.includes(width)) continue;
        test(`${name}: opened, used and closed mid-article, the place stays`, async ({ page }) => {
          await holdSpeech(page);
          await page.goto(`./?article=${LONG_READ.id}`);
          await expectArticle(page, LONG_READ.title);
          const before = await readTo60(page);
          await reveal(page, mode);
          const bar = barOf(page);
          await run(page, { mode, control: control(bar), bar, before });
          await expectSamePlace(page, before, { sameKeyOnly });
        });
      }
    });
  }
}

test.describe('in a widget on a host page', () => {
  let host;
  let hostDir;

  test.beforeAll(async ({ baseURL }) => {
    hostDir = await mkdtemp(join(tmpdir(), 'lectern-toolbar-host-'));
    const reader = baseURL.replace(/\/$/, '');
    // Nothing to focus before the widget: the reader's first Tab goes into it.
    await writeFile(
      join(hostDir, 'index.html'),
      `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A host</title>
<script type="module" src="${reader}/embed.js"></script></head>
<body><main><h1>Our long read</h1>
<lectern-reader feed="${reader}/feed.json" article="${LONG_READ.id}" height="600px"></lectern-reader>
</main></body></html>`,
    );
    host = await serveDirectory(hostDir);
  });

  test.afterAll(async () => {
    await host?.stop();
    await rm(hostDir, { recursive: true, force: true });
  });

  for (const width of [360, 1280]) {
    for (const mode of MODES) {
      test.describe(`${width} px, ${mode}`, () => {
        test.use({ viewport: VIEWPORTS[width], hasTouch: mode === 'touch' });
        // In a widget the contents are on the bar at every width.
        for (const { name, control, run, sameKeyOnly } of CONTROLS) {
          test(`${name}: opened, used and closed mid-article, the place stays`, async ({ page }) => {
            await holdSpeech(page);
            await page.goto(host.url);
            await expect(page.locator('lectern-reader article h1')).toHaveText(LONG_READ.title);
            const before = await readTo60(page, 'lectern-reader');
            await reveal(page, mode, 'lectern-reader');
            const bar = barOf(page, 'lectern-reader');
            await run(page, { mode, host: 'lectern-reader', control: control(bar), bar, before });
            await expectSamePlace(page, before, { host: 'lectern-reader', sameKeyOnly });
            // The host page itself never moved.
            expect(await page.evaluate(() => window.scrollY)).toBe(0);
          });
        }
      });
    }
  }
});

for (const width of [360, 1280]) {
  for (const mode of MODES) {
    test(`${width} px, ${mode}: closing the resume note leaves the place`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: VIEWPORTS[width], hasTouch: mode === 'touch' });
      const page = await context.newPage();
      await page.goto(`./?article=${LONG_READ.id}`);
      await expectArticle(page, LONG_READ.title);
      await readTo60(page);
      await page.reload();
      const note = page.locator('.resume-note');
      await expect(note).toContainText('Resumed at');
      const before = { block: await blockAtLine(page), record: await storedPlace(page) };
      const close = note.getByRole('button', { name: 'Close' });
      if (mode === 'keyboard') {
        // The note comes last in the page: Shift+Tab from the top reaches it at once.
        await page.keyboard.press('Shift+Tab');
        await expect(close).toBeFocused();
        await page.keyboard.press('Enter');
      } else {
        await press(page, close, mode);
      }
      await expect(note).toHaveCount(0);
      await expectSamePlace(page, before);
      await context.close();
    });
  }
}

test.describe('how the bar comes and goes', () => {
  test.use({ viewport: VIEWPORTS[360], hasTouch: true });

  test('away on the way down, back on the way up, on a tap, on focus and at the end', async ({ page }) => {
    await page.goto(`./?article=${LONG_READ.id}`);
    await expectArticle(page, LONG_READ.title);
    const bar = barOf(page);
    const settings = bar.getByRole('button', { name: 'Reading settings' });
    const tool = bar.locator('.tool.settings');
    // Above the body it is there, in the page's flow, and the page's masthead gives way to it.
    await expect(bar).not.toHaveClass(/tucked/);
    await expect(page.locator('header.masthead')).toBeHidden();
    await scrollTo(page, 0.3);
    await expect(bar).toHaveClass(/tucked/);
    await expect(tool).toHaveCSS('opacity', '0');
    // Tucked, the minutes left and the progress stay in sight.
    await expect(bar.locator('.time-left')).toBeVisible();
    await expect(bar.locator('.time-left')).toHaveCSS('opacity', '1');
    await expect(page.getByRole('progressbar')).toBeVisible();
    // Tucked, it lets a tap through to the text under it.
    const under = await page.evaluate(() => {
      const box = document.querySelector('.reading-bar').getBoundingClientRect();
      return document.elementFromPoint(box.right - 30, box.top + box.height / 2).closest('.reading-bar') === null;
    });
    expect(under).toBe(true);

    await page.evaluate(() => window.scrollBy(0, -40));
    await expect(bar).not.toHaveClass(/tucked/);
    await page.evaluate(() => window.scrollBy(0, 200));
    await expect(bar).toHaveClass(/tucked/);
    // A tap in the margin calls it back.
    await page.touchscreen.tap(4, 400);
    await expect(bar).not.toHaveClass(/tucked/);
    await page.evaluate(() => window.scrollBy(0, 200));
    await expect(bar).toHaveClass(/tucked/);
    // Focus inside shows it, at once: it is never focused out of sight.
    await settings.focus();
    await expect(tool).toHaveCSS('opacity', '1');
    await page.evaluate(() => document.activeElement.blur());
    await expect(tool).toHaveCSS('opacity', '0');
    // At the end of the article it is back.
    await scrollTo(page, 1);
    await expect(bar).not.toHaveClass(/tucked/);
  });

  test('the reading line is below the bar: no block being read is under it', async ({ page }) => {
    await page.goto(`./?article=${LONG_READ.id}#h-points-picas-and-ems`);
    await expectArticle(page, LONG_READ.title);
    await expect.poll(async () => (await blockAtLine(page))?.id).toBe('h-points-picas-and-ems');
    const [heading, bar] = await page.evaluate(() => [
      document.getElementById('h-points-picas-and-ems').getBoundingClientRect().top,
      document.querySelector('.reading-bar').getBoundingClientRect().bottom,
    ]);
    expect(heading).toBeGreaterThanOrEqual(bar);
  });

  test('what the browser scrolls to by itself comes out below the bar too', async ({ page }) => {
    await page.goto(`./?article=${LONG_READ.id}`);
    await expectArticle(page, LONG_READ.title);
    // As a `#key` link within the article, or a focused control, is scrolled to.
    await page.evaluate(() => document.getElementById('h-points-picas-and-ems').scrollIntoView());
    await expect.poll(async () => (await blockAtLine(page))?.id).toBe('h-points-picas-and-ems');
    expect(Math.abs((await blockAtLine(page)).offset)).toBeLessThanOrEqual(2);

    // A link in the text that gets the focus while under the bar comes out below it.
    await page.goto(`./?article=${DEMO.articles[1].id}`);
    await expectArticle(page, DEMO.articles[1].title);
    const link = page.locator('.article-body a').first();
    await link.evaluate((element) => window.scrollBy(0, element.getBoundingClientRect().top - 20));
    await page.touchscreen.tap(4, 400);
    await expect(barOf(page)).not.toHaveClass(/tucked/);
    await link.focus();
    const [top, bottom] = await link.evaluate((element) => [
      element.getBoundingClientRect().top,
      document.querySelector('.reading-bar').getBoundingClientRect().bottom,
    ]);
    expect(top).toBeGreaterThanOrEqual(bottom);
  });

  test('with reduced motion it comes and goes without a transition', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`./?article=${LONG_READ.id}`);
    await expectArticle(page, LONG_READ.title);
    const durations = await page.evaluate(() =>
      [document.querySelector('.reading-bar'), document.querySelector('.reading-bar > .back-link')].map((element) =>
        parseFloat(getComputedStyle(element).transitionDuration),
      ),
    );
    for (const duration of durations) expect(duration).toBeLessThan(0.001);
  });
});

// Axe, with its experimental rules (label-content-name-mismatch among them), on every panel.

async function expectNoViolations(page, what) {
  await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished)));
  const { violations } = await new AxeBuilder({ page }).options({ rules: EXPERIMENTAL_RULES }).analyze();
  const report = violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  expect(report, `axe, ${what}`).toEqual([]);
}

const PANELS = [
  { name: 'the reading settings', open: (bar) => bar.getByRole('button', { name: 'Reading settings' }).click() },
  { name: 'the contents', open: (bar) => bar.getByRole('button', { name: 'Contents' }).click() },
  { name: 'the listening panel', open: (bar) => bar.getByRole('button', { name: 'Listen' }).click() },
  { name: 'the shortcut help', open: (bar) => bar.getByRole('button', { name: 'Keyboard shortcuts' }).click() },
];

/** The long read at 60% and reloaded, its resume note showing (at 360 px the contents are on the bar). */
async function resumedAt60(page, width = 360) {
  await page.setViewportSize(VIEWPORTS[width]);
  await holdSpeech(page);
  await page.goto(`./?article=${LONG_READ.id}`);
  await expectArticle(page, LONG_READ.title);
  await readTo60(page);
  await page.reload();
  await expect(page.locator('.resume-note')).toContainText('Resumed at');
}

for (const theme of ['light', 'dark']) {
  for (const { name, open } of [{ name: 'the resume note', open: async () => {} }, ...PANELS]) {
    test(`axe with experimental rules: no violation with ${name} open, ${theme}`, async ({ page }) => {
      await page.addInitScript((theme) => {
        localStorage.setItem('lectern:settings', JSON.stringify({ v: 1, theme }));
      }, theme);
      await resumedAt60(page);
      const bar = barOf(page);
      await page.mouse.click(4, 400);
      await open(bar);
      if (name !== 'the resume note') await expect(bar.locator('[aria-expanded="true"]')).toHaveCount(1);
      await expectNoViolations(page, name);
    });
  }
}

// Label in name (WCAG 2.5.3): the words a control shows are words of its accessible name, in order,
// so a voice-control user can say what they see. Symbols (←, ☰, ▶, ?, ×) are no words; "A−" and
// "Aa" are. Checked on every control on screen, with every panel open, at both widths.

/** The words of `text`: runs of letters and digits, lower-cased. */
const wordsOf = (text) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Controls on screen whose shown words are not a run of their name's words: `shown → name`. */
async function labelsNotInName(page) {
  // The text each control draws on screen: text in a box larger than a pixel (not the visually
  // hidden labels) and shown, whether or not assistive technology hears it. Each one is marked,
  // so its name can be asked for next.
  const shown = await page.evaluate(() =>
    [...document.querySelectorAll('button, a[href], summary')].map((element, index) => {
      element.dataset.labelCheck = index;
      const box = element.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1 || !element.checkVisibility({ opacityProperty: true })) return null;
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      let text = '';
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement.getBoundingClientRect();
        if (parent.width > 1 && parent.height > 1 && node.parentElement.checkVisibility()) text += ` ${node.data}`;
      }
      return text;
    }),
  );
  const found = [];
  for (const [index, text] of shown.entries()) {
    if (text === null || wordsOf(text).length === 0) continue;
    // Its first line: `- role "name"`, quoted once more when the name holds a colon.
    const snapshot = await page.locator(`[data-label-check="${index}"]`).ariaSnapshot();
    const name = snapshot.match(/^- '?\w+ "((?:[^"\\]|\\.)*)"/)?.[1] ?? '';
    const [seen, named] = [wordsOf(text), wordsOf(name)];
    if (!named.some((_, at) => seen.every((word, offset) => named[at + offset] === word))) {
      found.push(`${text.trim()} → ${name}`);
    }
  }
  return found;
}

for (const width of [360, 1280]) {
  test(`${width} px: every control's shown words are in its name, with every panel open`, async ({ page }) => {
    // Every control of four screens, one by one.
    test.slow();
    await page.setViewportSize(VIEWPORTS[width]);
    await page.goto('./');
    await expectList(page);
    expect(await labelsNotInName(page), 'home').toEqual([]);
    await resumedAt60(page, width);
    expect(await labelsNotInName(page), 'the article, its resume note').toEqual([]);
    const bar = barOf(page);
    for (const { name, open } of PANELS) {
      if (name === 'the contents' && width > 1000) continue;
      await page.mouse.click(4, 400);
      await open(bar);
      await expect(bar.locator('[aria-expanded="true"]')).toHaveCount(1);
      expect(await labelsNotInName(page), name).toEqual([]);
      await page.keyboard.press('Escape');
      await expect(bar.locator('[aria-expanded="true"]')).toHaveCount(0);
    }
  });
}
