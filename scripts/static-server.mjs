// A plain static file server for dist/: no rewrites, no server code, as the interface promises.
// Usage: node scripts/static-server.mjs DIR [PORT] [--no-cors]   (PORT 0 picks a free one; the URL is
// printed; --no-cors leaves out Access-Control-Allow-Origin, as a feed server without CORS does)

import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { CONTENT_TYPES } from './content-types.mjs';

const root = resolve(process.argv[2] ?? 'dist');
const port = Number(process.argv[3] ?? 8080);
const cors = !process.argv.includes('--no-cors');

const server = createServer(async (request, response) => {
  try {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    let file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) throw Object.assign(new Error('outside'), { code: 'ENOENT' });
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    const body = await readFile(file);
    response.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      // Lectern's files are public, and an embedding host page on another origin loads embed.js,
      // the Wasm and the stylesheet with CORS (module scripts and fetch always use it).
      ...(cors ? { 'access-control-allow-origin': '*' } : {}),
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  } catch (error) {
    const missing = error.code === 'ENOENT' || error.code === 'ENOTDIR' || error instanceof URIError;
    response.writeHead(missing ? 404 : 500, { 'content-type': 'text/plain; charset=utf-8' });
    response.end(missing ? 'Not found\n' : 'Server error\n');
  }
});

server.listen(port, '127.0.0.1', () => {
  console.log(`Lectern is being served at http://127.0.0.1:${server.address().port}/`);
});
