// Lectern's service worker: reading after the first load, with no network.
// Strategies:
// - App shell (every file of the build, listed below at build time by scripts/sw-build.mjs):
//   precached on install into `lectern-shell-<version>`, served cache-first; page navigations get the
//   precached index.html (routes live in the query). Old shell caches are deleted on activate.
// - Feeds (other GET requests the page makes with fetch, any origin that allows CORS, and the
//   relay of Lectern's own server, `relay?url=…`, which is same-origin but no file of the build, so
//   it lands here too, kept under its own address with its `x-lectern-final-url`): network
//   first with a 3 s timeout, falling back to the copy saved in `lectern-feeds`, which is marked
//   with the `x-lectern-saved` header (when it was saved). Opaque responses are never stored.
//   With no network and no copy: 504 with `x-lectern: not-saved`, so the app can say so.
// - Images: cache first from `lectern-images`; fetched with CORS when cross-origin so that only
//   readable responses are stored (no opaque ones); at most 300 kept, oldest evicted.
// - Save for offline (the reader's button on a feed's list): the page posts `save-offline` with
//   the feed's page URLs and its articles' image URLs; each is fetched and kept (feeds as above,
//   images in `lectern-saved`, which is never trimmed: the reader asked, and the browser's quota
//   bounds it), reporting `save-progress` and `save-done`; `save-cancel` stops between files.
// - Updates: a new build waits; the page shows "A new version of Lectern is ready" and sends
//   `skip-waiting` only when the reader accepts. Never skipWaiting on its own.

// The messages with the page, by `type`; core::worker_messages defines the same (a test compares).
const MESSAGES = {
  skipWaiting: 'skip-waiting',
  saveOffline: 'save-offline',
  saveCancel: 'save-cancel',
  saveProgress: 'save-progress',
  saveDone: 'save-done',
};

const VERSION = 'development';
const SHELL = [];

const SHELL_CACHE = `lectern-shell-${VERSION}`;
const FEED_CACHE = 'lectern-feeds';
const IMAGE_CACHE = 'lectern-images';
const IMAGE_LIMIT = 300;
const SAVED_CACHE = 'lectern-saved';
const FEED_TIMEOUT_MS = 3000;
const scope = new URL(self.registration.scope);

self.addEventListener('install', (event) => {
  event.waitUntil(
    Promise.all([
      caches.open(SHELL_CACHE).then((cache) => cache.addAll(SHELL.map((path) => new URL(path, scope)))),
      // The demo feed was fetched before this worker existed: save it now, so the first visit is
      // already readable offline. A failure here must not stop the install.
      fetch(new URL('feed.json', scope))
        .then((response) => save(response.url, response))
        .catch(() => {}),
    ]),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith('lectern-shell-') && name !== SHELL_CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

const cancelled = new Set();

self.addEventListener('message', (event) => {
  const message = event.data;
  if (message?.type === MESSAGES.skipWaiting) self.skipWaiting();
  else if (message?.type === MESSAGES.saveOffline) event.waitUntil(saveOffline(event.source, message));
  else if (message?.type === MESSAGES.saveCancel) cancelled.add(message.id);
});

/** Saves every feed page and image of `message`, telling `client` how far it is. */
async function saveOffline(client, { id, feeds = [], images = [] }) {
  const files = [...feeds.map((url) => ({ url, kind: 'feed' })), ...images.map((url) => ({ url, kind: 'image' }))];
  const saved = await caches.open(SAVED_CACHE);
  let done = 0;
  let failed = 0;
  for (const { url, kind } of files) {
    if (cancelled.has(id)) break;
    try {
      const response = await fetch(new Request(url, { mode: 'cors', credentials: 'omit' }));
      if (!response.ok || response.type === 'opaque') throw new Error(`${response.status}`);
      if (kind === 'feed') await save(url, response);
      else await saved.put(url, response);
    } catch {
      failed += 1;
    }
    done += 1;
    client?.postMessage({ type: MESSAGES.saveProgress, id, done, total: files.length });
  }
  client?.postMessage({
    type: MESSAGES.saveDone,
    id,
    done,
    failed,
    total: files.length,
    cancelled: cancelled.delete(id),
  });
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (request.mode === 'navigate' && url.origin === scope.origin) {
    event.respondWith(shellFirst(new URL('index.html', scope), request));
  } else if (url.origin === scope.origin && SHELL.includes(url.pathname.slice(scope.pathname.length))) {
    event.respondWith(shellFirst(url, request));
  } else if (request.destination === 'image') {
    event.respondWith(image(request));
  } else if (request.destination === '' && (url.protocol === 'https:' || url.protocol === 'http:')) {
    event.respondWith(feed(event));
  }
});

async function shellFirst(key, request) {
  const cached = await caches.match(key.href, { cacheName: SHELL_CACHE });
  return cached ?? fetch(request);
}

async function feed(event) {
  const { request } = event;
  // The network counts as answering when its headers arrive; the copy is saved meanwhile.
  const network = fetch(request).then((response) => {
    event.waitUntil(save(request.url, response.clone()));
    return response;
  });
  const timeout = new Promise((resolve) => setTimeout(resolve, FEED_TIMEOUT_MS, 'timeout'));
  const first = await Promise.race([network.catch(() => 'failed'), timeout]);
  if (first instanceof Response) return first;
  const saved = await caches.match(request.url, { cacheName: FEED_CACHE });
  if (saved) return saved;
  // No copy: wait for the network after all (a slow feed is better than none), then say so.
  try {
    return await network;
  } catch {
    return new Response(null, { status: 504, statusText: 'Offline', headers: { 'x-lectern': 'not-saved' } });
  }
}

/** Keeps a readable feed response under `key`, marked with when it was saved. */
async function save(key, response) {
  if (!response.ok || response.type === 'opaque') return;
  const headers = new Headers(response.headers);
  headers.set('x-lectern-saved', new Date().toISOString());
  const cache = await caches.open(FEED_CACHE);
  await cache.put(key, new Response(await response.arrayBuffer(), { status: 200, headers }));
}

async function image(request) {
  const kept = await caches.match(request.url, { cacheName: SAVED_CACHE });
  if (kept) return kept;
  const cache = await caches.open(IMAGE_CACHE);
  const cached = await cache.match(request.url);
  if (cached) return cached;
  const crossOrigin = new URL(request.url).origin !== scope.origin;
  try {
    const response = await fetch(
      crossOrigin ? new Request(request.url, { mode: 'cors', credentials: 'omit' }) : request,
    );
    if (response.ok && response.type !== 'opaque') {
      await cache.put(request.url, response.clone());
      await trim(cache, IMAGE_LIMIT);
    }
    return response;
  } catch {
    // No CORS (or no network): the browser's own request, shown but never stored.
    return fetch(request);
  }
}

async function trim(cache, limit) {
  const keys = await cache.keys();
  for (const key of keys.slice(0, Math.max(0, keys.length - limit))) await cache.delete(key);
}
