// The three subjects, laid out in a temp dir at bench time: `lectern` (a copy of dist/), `peer`
// (benches/peer + marked from node_modules + Lectern's built stylesheet) and `static` (the seed and
// long articles pre-rendered with the peer's markup, no script). Every folder gets the same feeds.
// Used by scripts/bench.mjs.
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Marked } from 'marked';
import { articleHtml, createMarkdown, escapeHtml, MASTHEAD } from '../peer/render.js';
import { bigFeed, bigRss, LONG_ID, longFeed } from './feeds.mjs';

export const SEED_ID = 'france-britain-troops-ukraine';
export const BIG_SIZES = [5_000, 100_000];
/** Big feeds also served as RSS, to Lectern only (the peer reads JSON Feed only). */
export const RSS_SIZES = [5_000];
const REPO = new URL('../../', import.meta.url).pathname;

/** Routes of each subject: the seed and long articles, and a big feed's list. */
export const ROUTES = {
  lectern: {
    seed: `?article=${SEED_ID}`,
    long: `?feed=bench-long.json&article=${LONG_ID}`,
    list: (n) => `?feed=bench-${n}.json`,
    rss: (n) => `?feed=bench-${n}.xml`,
    home: '',
  },
  peer: {
    seed: `?article=${SEED_ID}`,
    long: `?feed=bench-long.json&article=${LONG_ID}`,
    list: (n) => `?feed=bench-${n}.json`,
    home: '',
  },
  static: { seed: 'seed.html', long: 'long.html' },
};

/** The text of an item's last body paragraph: the block whose arrival ends "time to article". */
export function lastParagraph(item) {
  const paragraphs = item._lectern.markdown
    .trim()
    .split(/\n{2,}/)
    .filter((block) => !/^([#>-]|\d+\.)/.test(block));
  return paragraphs.at(-1).replace(/\s+/g, ' ').trim();
}

async function builtStylesheet(dist) {
  const css = (await readdir(dist)).find((name) => /^main.*\.css$/.test(name));
  if (!css) throw new Error(`no main*.css in ${dist}`);
  return join(dist, css);
}

function staticPage(item, markdown) {
  return (
    '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    '<meta name="color-scheme" content="light dark">\n' +
    `<title>${escapeHtml(item.title)} · Lectern</title>\n<link rel="stylesheet" href="main.css">\n</head>\n<body>\n` +
    `${MASTHEAD}\n<main class="page" id="content" tabindex="-1">${articleHtml(item, markdown, null)}</main>\n</body>\n</html>\n`
  );
}

async function writeFeeds(dir, feeds) {
  for (const [name, text] of feeds) await writeFile(join(dir, name), text);
}

async function copyPeer(dir, stylesheet) {
  for (const name of ['index.html', 'app.js', 'render.js']) await cp(join(REPO, 'benches/peer', name), join(dir, name));
  const marked = await readFile(join(REPO, 'node_modules/marked/lib/marked.esm.js'), 'utf8');
  await writeFile(join(dir, 'marked.esm.js'), marked.replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n'));
  await cp(stylesheet, join(dir, 'main.css'));
}

/** Builds the three folders under `root` from `dist`; returns their paths and the articles. */
export async function prepareSubjects(dist, root) {
  const demo = JSON.parse(await readFile(join(dist, 'feed.json'), 'utf8'));
  const long = longFeed(demo);
  const feeds = [
    ['feed.json', JSON.stringify(demo)],
    ['bench-long.json', JSON.stringify(long)],
    ...BIG_SIZES.map((n) => [`bench-${n}.json`, JSON.stringify(bigFeed(n))]),
  ];
  const dirs = { lectern: join(root, 'lectern'), peer: join(root, 'peer'), static: join(root, 'static') };
  for (const dir of Object.values(dirs)) await mkdir(dir, { recursive: true });

  const stylesheet = await builtStylesheet(dist);
  // Dot entries (trunk's .stage while a build runs) are not part of the app.
  await cp(dist, dirs.lectern, { recursive: true, filter: (path) => path === dist || !basename(path).startsWith('.') });
  await writeFeeds(dirs.lectern, feeds.slice(1));
  await writeFeeds(
    dirs.lectern,
    RSS_SIZES.map((n) => [`bench-${n}.xml`, bigRss(n)]),
  );
  await copyPeer(dirs.peer, stylesheet);
  await writeFeeds(dirs.peer, feeds.slice(1));
  await cp(join(dist, 'feed.json'), join(dirs.peer, 'feed.json'));

  const markdown = createMarkdown(Marked);
  const seed = demo.items.find((item) => item.id === SEED_ID);
  const longItem = long.items[0];
  await cp(stylesheet, join(dirs.static, 'main.css'));
  await writeFile(join(dirs.static, 'seed.html'), staticPage(seed, markdown));
  await writeFile(join(dirs.static, 'long.html'), staticPage(longItem, markdown));
  return {
    dirs,
    articles: {
      seed: { title: seed.title, last: lastParagraph(seed) },
      long: { title: longItem.title, last: lastParagraph(longItem) },
    },
    titles: demo.items.map((item) => item.title),
  };
}
