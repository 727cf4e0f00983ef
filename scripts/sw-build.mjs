// Build step for the service worker: lists every file of the build in sw.js (its precache) and
// versions it by their content, so each build gets its own shell cache and the browser sees a new
// worker exactly when something changed. Run after csp.mjs (index.html must be final).
// Usage: node scripts/sw-build.mjs DIST_DIR   (scripts/post-build.mjs runs it for trunk)

import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

// Not precached: the worker itself, and the demo feed (content, fetched network-first like any feed).
const NOT_SHELL = new Set(['sw.js', 'feed.json']);

export async function buildServiceWorker(dir) {
  const names = (await readdir(dir, { withFileTypes: true }))
    .filter((entry) => entry.isFile() && !NOT_SHELL.has(entry.name) && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort();
  const version = createHash('sha256');
  for (const name of names) version.update(name).update(await readFile(join(dir, name)));
  const file = join(dir, 'sw.js');
  const source = await readFile(file, 'utf8');
  const built = source
    .replace(/^const VERSION = .*;$/m, `const VERSION = '${version.digest('hex').slice(0, 16)}';`)
    .replace(/^const SHELL = .*;$/m, `const SHELL = ${JSON.stringify(names)};`);
  if (built === source) throw new Error(`sw-build.mjs: no VERSION/SHELL lines to fill in ${file}`);
  await writeFile(file, built);
  return names.length;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = await buildServiceWorker(process.argv[2] ?? 'dist');
  console.log(`sw-build.mjs: ${count} files precached`);
}
