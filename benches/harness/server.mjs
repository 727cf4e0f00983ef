// The bench's static server: one folder per subject, files held in memory with their brotli and
// gzip forms computed once, content negotiation like a static host, and cache headers that let
// the browser reuse everything (for the warm loads). Each subject gets its own origin (port).
// Used by scripts/bench.mjs; `node benches/harness/server.mjs DIR [PORT]` serves one folder.

import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { CONTENT_TYPES as TYPES } from '../../scripts/content-types.mjs';

/** Above this size a file is sent gzipped only (brotli at quality 11 would take seconds). */
const BROTLI_LIMIT = 2_000_000;

/** A file's bytes raw, gzip -9 and brotli quality 11 (brotli only up to BROTLI_LIMIT). */
export function compress(raw) {
  const large = raw.length > BROTLI_LIMIT;
  const gzip = gzipSync(raw, { level: large ? 6 : 9 });
  const brotli = large
    ? null
    : brotliCompressSync(raw, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
      });
  return { raw, gzip, brotli };
}

async function filesUnder(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/** Every file of `dir`, keyed by URL path ("/index.html"), with its compressed forms
 * (computed once per distinct content across folders sharing `shared`). */
export async function loadFolder(dir, shared = new Map()) {
  const files = new Map();
  for (const file of await filesUnder(dir)) {
    const raw = await readFile(file);
    const key = createHash('sha1').update(raw).digest('hex');
    if (!shared.has(key)) shared.set(key, compress(raw));
    files.set(`/${relative(dir, file)}`, {
      ...shared.get(key),
      type: TYPES[extname(file)] ?? 'application/octet-stream',
    });
  }
  return files;
}

function pick(file, acceptEncoding) {
  if (file.brotli && /\bbr\b/.test(acceptEncoding)) return ['br', file.brotli];
  if (/\bgzip\b/.test(acceptEncoding)) return ['gzip', file.gzip];
  return [null, file.raw];
}

/** Serves `files` on 127.0.0.1 (port 0: a free one); resolves to { url, close, log }. */
export function serve(files, { maxAge = 3600, port = 0 } = {}) {
  const log = { requests: 0, encodings: {} };
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    const file = files.get(path.endsWith('/') ? `${path}index.html` : path);
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found\n');
      return;
    }
    const [encoding, body] = pick(file, request.headers['accept-encoding'] ?? '');
    log.requests += 1;
    log.encodings[encoding ?? 'identity'] = (log.encodings[encoding ?? 'identity'] ?? 0) + 1;
    response.writeHead(200, {
      'content-type': file.type,
      'content-length': body.length,
      'cache-control': `public, max-age=${maxAge}`,
      vary: 'accept-encoding',
      ...(encoding ? { 'content-encoding': encoding } : {}),
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${server.address().port}/`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(done);
          }),
        log,
      }),
    );
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { url } = await serve(await loadFolder(process.argv[2] ?? 'dist'), { port: Number(process.argv[3] ?? 0) });
  console.log(`Serving ${process.argv[2] ?? 'dist'} at ${url}`);
}
