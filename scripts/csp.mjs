// Trunk post_build hook: writes the Content-Security-Policy and referrer policy into the built
// index.html. Two scripts are inline: the module loader (written by scripts/wasm-build.mjs) and the
// line that applies the stored theme before the first paint; instead of allowing inline scripts,
// the policy names each by its SHA-256, computed here from the exact bytes in the built file.
// Run by scripts/post-build.mjs (trunk's post_build hook); or: node scripts/csp.mjs DIST_DIR

import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Writes the policy into DIR/index.html; returns how many inline scripts it names by hash. */
export async function writePolicy(dir) {
  const file = join(dir, 'index.html');
  let html = await readFile(file, 'utf8');

  const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes]) => !/\bsrc\s*=/i.test(attributes))
    .map(([, , body]) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);

  // Feeds, their images and media live on any origin; everything of Lectern's own is 'self'.
  // Styles: one stylesheet, and style *properties* set from script (allowed without 'unsafe-inline').
  const policy = [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${inline.join(' ')}`.trim(),
    "style-src 'self'",
    'img-src * data:',
    'media-src *',
    'connect-src *',
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    // Trusted Types: only Lectern's policies may exist (src/shell/platform/body_html.rs):
    // `lectern-body`, the article body's escaped markup and the worker's URL; `default`, Leptos's
    // static view templates (set as innerHTML inside tachys), refusing anything that could run
    // script (src/core/template_html.rs). Not yet `require-trusted-types-for 'script'`: the feed's
    // HTML and OPML go to DOMParser.parseFromString as strings (platform/html_dom.rs, xml_dom.rs),
    // a TrustedHTML sink the default policy rightly refuses for hostile feeds (ARCHITECTURE.md).
    'trusted-types lectern-body default',
  ].join('; ');

  const meta =
    `<meta http-equiv="Content-Security-Policy" content="${policy}">\n  ` +
    '<meta name="referrer" content="no-referrer">\n  ';
  html = html
    .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/i, '')
    .replace(/<meta name="referrer"[^>]*>\s*/i, '')
    .replace(/(<meta charset="utf-8">\s*)/i, `$1${meta}`);
  if (!html.includes('Content-Security-Policy')) {
    throw new Error(`csp.mjs: no <meta charset="utf-8"> in ${file} to put the policy after`);
  }
  await writeFile(file, html);
  return inline.length;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`csp.mjs: ${await writePolicy(process.argv[2] ?? 'dist')} inline script hash(es)`);
}
