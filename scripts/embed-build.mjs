// Build step for embedding (run by scripts/post-build.mjs after csp.mjs, before sw-build.mjs):
//  - embed.js: the build's hashed file names filled into its ASSETS line, then minified
//    (scripts/minify.mjs; a debug build keeps it readable);
//  - embed-<hash>.css: the app's stylesheets (main, themes) as one, for a shadow root. `rem` is relative to the *host*
//    page's root font size, which a host may set to anything, so lengths become px (1rem = 16px);
//    width media queries become container queries, so the widget lays out by its own width;
//  - embed.html: the iframe alternative, index.html with <body data-lectern="frame"> and no masthead.
// Usage: node scripts/embed-build.mjs DIST_DIR

import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minifyModule } from './minify.mjs';

const ROOT_FONT_PX = 16;

export function widgetCss(css) {
  return css
    .replace(/(-?\d*\.?\d+)rem\b/g, (_, number) => `${+(Number(number) * ROOT_FONT_PX).toFixed(3)}px`)
    .replace(/@media \((max|min)-width:/g, '@container ($1-width:');
}

export async function buildEmbed(dir, { release = true } = {}) {
  const names = await readdir(dir);
  const find = (pattern) => {
    const found = names.filter((name) => pattern.test(name));
    if (found.length !== 1)
      throw new Error(`embed-build.mjs: expected one ${pattern} in ${dir}, found ${found.length}`);
    return found[0];
  };
  const js = find(/^lectern-[0-9a-f]+\.js$/);
  const wasm = find(/^lectern-[0-9a-f]+_bg\.wasm$/);
  const appCss = [find(/^main-[0-9a-f]+\.css$/), find(/^themes-[0-9a-f]+\.css$/)];

  // One stylesheet for the shadow root: the app's, then its themes (the order index.html has).
  const css = widgetCss((await Promise.all(appCss.map((name) => readFile(join(dir, name), 'utf8')))).join('\n'));
  const cssName = `embed-${createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
  await writeFile(join(dir, cssName), css);

  const loader = join(dir, 'embed.js');
  const source = await readFile(loader, 'utf8');
  const built = source.replace(
    /^const ASSETS = .*;$/m,
    `const ASSETS = ${JSON.stringify({ js, wasm, css: cssName })};`,
  );
  if (built === source) throw new Error(`embed-build.mjs: no ASSETS line to fill in ${loader}`);
  await writeFile(loader, release ? await minifyModule(built) : built);

  const page = await readFile(join(dir, 'index.html'), 'utf8');
  const frame = page
    .replace('<body data-lectern="app">', '<body data-lectern="frame">')
    .replace(
      /<div id="boot">[\s\S]*?<\/div>\s*(?=<noscript>)/,
      '<p id="boot" class="loading" role="status">Loading Lectern…</p>\n  ',
    )
    .replace(/\s*<!--[^>]*demo feed[^>]*-->/, '')
    .replace(/\s*<link rel="preload" href="feed.json"[^>]*>/, '')
    // A guest's theme follows its host's `theme` attribute, set by the Wasm: not the page's.
    .replace(/\s*<!-- The reader's chosen theme[\s\S]*?<\/script>/, '');
  if (!frame.includes('data-lectern="frame"') || !frame.includes('<p id="boot"')) {
    throw new Error('embed-build.mjs: index.html no longer has the <body data-lectern="app"> and boot block to adapt');
  }
  if (frame.includes('lectern:settings')) {
    throw new Error(
      "embed-build.mjs: the theme's pre-paint script in index.html no longer starts with the comment this removes",
    );
  }
  await writeFile(join(dir, 'embed.html'), frame);
  return { js, wasm, css: cssName };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(
    'embed-build.mjs:',
    await buildEmbed(process.argv[2] ?? 'dist', { release: process.env.TRUNK_PROFILE !== 'debug' }),
  );
}
