// The relay's load figures (run by scripts/bench-server.sh; docs/BENCHMARKS.md, "Server").
//   node scripts/bench-relay.mjs origin PORT DELAY_MS BYTES
//     a slow feed origin: every answer waits DELAY_MS, then sends BYTES of JSON, no CORS, no-store
//   node scripts/bench-relay.mjs load SERVER ORIGIN COUNT PID [same]
//     COUNT concurrent GET SERVER/relay?url=ORIGIN/feed?i=N, each from its own loopback source
//     address (127.0.1.N: the rate limit counts per client address), distinct URLs unless `same`;
//     samples PID's VmRSS every 20 ms; prints statuses, time, and RSS before, at its peak, after.

import { readFileSync } from 'node:fs';
import { createServer, request } from 'node:http';

const [mode, ...args] = process.argv.slice(2);

if (mode === 'origin') {
  const [port, delay, bytes] = args.map(Number);
  const item = { id: 'x', title: 'A slow feed', content_text: 'text '.repeat(50) };
  const items = [];
  while (JSON.stringify(items).length < bytes) items.push({ ...item, id: String(items.length) });
  const body = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Slow', items });
  createServer((_req, res) => {
    setTimeout(() => {
      res.writeHead(200, { 'content-type': 'application/feed+json', 'cache-control': 'no-store' });
      res.end(body);
    }, delay);
  }).listen(port, '127.0.0.1', () => console.log(`origin on ${port}, ${delay} ms, ${body.length} B`));
} else if (mode === 'load') {
  const [server, origin, countText, pid, same] = args;
  const count = Number(countText);
  const rss = () => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]);
  const before = rss();
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, rss());
  }, 20);
  const started = performance.now();
  const get = (i) =>
    new Promise((resolve) => {
      const target = encodeURIComponent(`${origin}/feed${same ? '' : `?i=${i}`}`);
      const url = new URL(`${server}/relay?url=${target}`);
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname + url.search,
          localAddress: `127.0.1.${(i % 250) + 1}`,
          agent: false,
        },
        (res) => {
          let size = 0;
          res.on('data', (chunk) => {
            size += chunk.length;
          });
          res.on('end', () => resolve({ status: res.statusCode, size }));
        },
      );
      req.on('error', (error) => resolve({ status: error.code, size: 0 }));
      req.end();
    });
  const results = await Promise.all(Array.from({ length: count }, (_, i) => get(i)));
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  peak = Math.max(peak, rss());
  const during = peak;
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const after = rss();
  const statuses = {};
  for (const { status } of results) statuses[status] = (statuses[status] ?? 0) + 1;
  const bytes = results.reduce((sum, { size }) => sum + size, 0);
  console.log(
    JSON.stringify({
      count,
      distinctUrls: !same,
      statuses,
      bytes,
      seconds: +seconds.toFixed(2),
      rssKb: { before, peak: during, after },
    }),
  );
} else {
  console.error('usage: node scripts/bench-relay.mjs origin PORT DELAY_MS BYTES | load SERVER ORIGIN COUNT PID [same]');
  process.exit(2);
}
