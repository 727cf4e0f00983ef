// The split build (scripts/wasm-build.mjs): the seed article's first view downloads no chunk; the
// settings panel and the library arrive in their own chunks when first wanted; a chunk that cannot
// be fetched says so calmly and is fetched again the next time it is wanted.
import { DEMO, expect, expectArticle, expectList, SEED, test } from './helpers.mjs';

const CHUNK = /\/chunk-[^/]+\.wasm$/;

/** Records the Wasm chunks the page asks for. */
function watchChunks(page) {
  const asked = [];
  page.on('request', (request) => {
    if (CHUNK.test(new URL(request.url()).pathname)) asked.push(new URL(request.url()).pathname.slice(1));
  });
  return asked;
}

test('the seed article shows with no chunk, and the settings panel fetches only its own', async ({ page }) => {
  const asked = watchChunks(page);
  await page.goto(`./?article=${SEED.id}`);
  await expectArticle(page, SEED.title);
  await expect(page.locator('article h2')).toHaveCount(SEED.sections.length);
  await page.waitForLoadState('networkidle');
  expect(asked).toEqual([]);

  await page.getByRole('button', { name: 'Reading settings' }).click();
  await expect(page.getByRole('region', { name: 'Reading settings' })).toBeVisible();
  expect(asked.length).toBeGreaterThan(0);
  expect(asked.some((name) => name.startsWith('chunk-settings_panel-'))).toBe(true);
  expect(asked.some((name) => name.startsWith('chunk-library-'))).toBe(false);
  // The panel from the chunk works like any other: a step changes the stored settings.
  await page.getByRole('button', { name: 'Larger text' }).click();
  await expect(page.locator('.settings-panel output').first()).toHaveText('110%');
});

test('home fetches the library chunk and shows the library beside the list', async ({ page }) => {
  const asked = watchChunks(page);
  await page.goto('./');
  await expectList(page, DEMO.title);
  await expect(page.getByRole('heading', { level: 2, name: 'Your feeds' })).toBeVisible();
  expect(asked.some((name) => name.startsWith('chunk-library-'))).toBe(true);
});

test('a chunk that cannot be fetched is an alert, the article stays, and the next try fetches it', async ({ page }) => {
  let block = true;
  await page.route(
    (url) => CHUNK.test(url.pathname),
    (route) => (block ? route.abort('internetdisconnected') : route.fallback()),
  );
  await page.goto(`./?article=${SEED.id}`);
  await expectArticle(page, SEED.title);
  const button = page.getByRole('button', { name: 'Reading settings' });
  await button.click();
  await expect(page.getByRole('alert')).toContainText('cannot be now');
  await expectArticle(page, SEED.title);

  block = false;
  await button.click();
  await expect(page.getByRole('region', { name: 'Reading settings' })).toHaveCount(0);
  await button.click();
  await expect(page.getByRole('region', { name: 'Reading settings' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
