// First-load weight: every response a subject's first article view fetches (recorded from a cold
// load in Chromium), sized raw, gzip -9 and brotli 11 from the bench server's own copies.
// Used by scripts/bench.mjs.
import { extname } from 'node:path';
import { loadUntil, newContext } from './browser.mjs';

const APP_KINDS = new Set(['.html', '.js', '.mjs', '.wasm', '.css']);

/** URL paths the page at `url` requests until its article is complete (favicon included). */
async function requestedPaths(browser, url, last) {
  const context = await newContext(browser, { last });
  const page = await context.newPage();
  const paths = new Set();
  page.on('requestfinished', (request) => {
    const { pathname } = new URL(request.url());
    paths.add(pathname.endsWith('/') ? `${pathname}index.html` : pathname);
  });
  await loadUntil(page, url, 'article');
  await context.close();
  return [...paths];
}

function sum(files) {
  return files.reduce(
    (total, file) => ({
      raw: total.raw + file.raw,
      gzip: total.gzip + file.gzip,
      brotli: total.brotli + file.brotli,
    }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
}

/**
 * Weight of a subject's first view of `url`: every file, the app's code and styles alone
 * (HTML + JS + Wasm + CSS, the budget's scope) and everything including the feed.
 */
export async function firstLoadWeight(browser, files, url, last) {
  const paths = await requestedPaths(browser, url, last);
  const sized = paths
    .filter((path) => files.has(path))
    .sort()
    .map((path) => {
      const file = files.get(path);
      const brotli = file.brotli?.length ?? file.gzip.length;
      return { path, raw: file.raw.length, gzip: file.gzip.length, brotli };
    });
  const needed = sized.filter((file) => !file.path.endsWith('.svg'));
  return {
    files: sized,
    app: sum(needed.filter((file) => APP_KINDS.has(extname(file.path)))),
    total: sum(needed),
    missing: paths.filter((path) => !files.has(path)),
  };
}
