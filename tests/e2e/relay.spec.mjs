// The feed relay from the reader's side: a feed whose server sends no CORS header opens through
// Lectern's own server (target/server/lectern-server, built by scripts/test.sh before this step),
// and the same feed on a plain static host (playwright.config.mjs's) still explains CORS. Last,
// with the service worker: a relayed feed is saved for offline and read in an outage.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { connect } from 'node:net';
import { expect, expectArticle, expectList, readerUrl, test } from './helpers.mjs';

const SERVER_BINARY = 'target/server/lectern-server';

const FEED = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'A feed without CORS',
  items: [
    {
      id: 'first',
      title: 'First through the relay',
      // Relative: it must resolve against the feed's own address (X-Lectern-Final-Url), not the relay's.
      content_html: '<p>Read on, then <a href="more.html">the rest</a>.</p>',
    },
    { id: 'second', title: 'Second through the relay', content_text: 'Plain text.' },
  ],
};

// Both servers are per worker and every test uses the origin: one worker, in order (the last test
// stops both servers).
test.describe.configure({ mode: 'serial' });

let origin;
let server;

/** A feed origin on a free loopback port that sends no Access-Control-Allow-Origin, as most do. */
async function startOrigin() {
  const http = createServer((request, response) => {
    if (request.url === '/feed.json') {
      response.writeHead(200, { 'content-type': 'application/feed+json' });
      response.end(JSON.stringify(FEED));
    } else {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('Not found\n');
    }
  });
  await new Promise((resolve) => http.listen(0, '127.0.0.1', resolve));
  return { port: http.address().port, close: () => new Promise((resolve) => http.close(resolve)) };
}

/** A port nothing listens on now (the kernel's pick, released at once). */
async function freePort() {
  const probe = createServer();
  await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Resolves once something accepts connections on `port`; rejects if `child` exits first. */
async function listening(port, child) {
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  for (;;) {
    if (exited) throw new Error(`${SERVER_BINARY} exited before listening (is it built?)`);
    const open = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    // Polling, not waiting for a set time: the next attempt as soon as this one was refused.
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Lectern's own server on dist/, its relay allowed to reach the loopback origin. */
async function startServer(originPort) {
  const port = await freePort();
  const child = spawn(SERVER_BINARY, [], {
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      LECTERN_DIST: 'dist',
      LECTERN_RELAY_ALLOW: `127.0.0.1:${originPort}`,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  await listening(port, child);
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: () => {
      child.kill();
      return exited;
    },
  };
}

test.beforeAll(async () => {
  // The server compresses all of dist/ once at startup; on a busy 2-core machine that takes a while.
  test.setTimeout(120_000);
  origin = await startOrigin();
  server = await startServer(origin.port);
});

test.afterAll(async () => {
  await server?.stop();
  await origin?.close();
});

const feedUrl = () => `http://127.0.0.1:${origin.port}/feed.json`;

test('a feed whose server sends no CORS header opens through Lectern’s own server, and says so', async ({ page }) => {
  await page.goto(`${server.url}?feed=${encodeURIComponent(feedUrl())}`);
  await expectList(page, FEED.title, FEED.items.length);
  await expect(page.locator('.relay-note')).toHaveText(
    'Read through this site’s relay, since the feed’s server does not let other sites read it.',
  );
  await expect(page.locator('.relay-note')).toHaveAttribute('role', 'status');
  // The library knows the feed by its own address, never the relay's.
  await page.locator('.follow-button').click();
  await expect(page.locator('.follow-button')).toHaveAttribute('aria-pressed', 'true');
  const library = await page.evaluate(() => localStorage.getItem('lectern:library'));
  expect(library).toContain(JSON.stringify(feedUrl()).slice(1, -1));
  expect(library).not.toContain('relay?url=');
  await page.getByRole('link', { name: FEED.items[0].title }).click();
  await expectArticle(page, FEED.items[0].title);
  // Relative links resolve against the feed's address, which the relay names, not the relay's.
  await expect(page.locator('article a', { hasText: 'the rest' })).toHaveAttribute(
    'href',
    `http://127.0.0.1:${origin.port}/more.html`,
  );
});

test('the same feed on a plain static host, which has no relay, still explains CORS', async ({ page }) => {
  await page.goto(readerUrl(feedUrl()));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(`Lectern could not reach the feed server at 127.0.0.1:${origin.port}`);
  await expect(alert).toContainText('must send the header “Access-Control-Allow-Origin: *”');
  await expect(page.locator('.relay-note')).toHaveCount(0);
});

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' });

  test('a relayed feed is saved for offline from the relay, and read from that copy in an outage', async ({ page }) => {
    const relayed = `${server.url}?feed=${encodeURIComponent(feedUrl())}`;
    await page.goto(server.url);
    await page.waitForFunction(() => Boolean(navigator.serviceWorker?.controller));
    await page.goto(relayed);
    await expectList(page, FEED.title, FEED.items.length);
    await expect(page.locator('.relay-note')).toHaveCount(1);
    await page.getByRole('button', { name: 'Save for offline' }).click();
    // The worker fetched the feed from the relay: the feed's own server would have refused it.
    await expect(page.locator('.save-status')).toContainText('Saved for offline: 2 articles, 1 file.', {
      timeout: 20_000,
    });
    await expect(page.locator('.save-status')).not.toContainText('could not be saved');

    // A real outage: the feed's server and Lectern's are both gone.
    await server.stop();
    await origin.close();

    await page.goto(`${relayed}&article=${FEED.items[1].id}`);
    await expectArticle(page, FEED.items[1].title);
    await expect(page.locator('.saved-note')).toContainText('Offline: this is the copy of the feed saved from');
  });
});
