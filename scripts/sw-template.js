// Service worker of the Japan–NATO Partnership Explorer, generated at build
// time by scripts/postbuild.mjs from the files actually in dist/ (never a
// hand-kept list). Its scope is the app's base path.
//
// - install: precache every file of this build in a cache named after it;
// - activate: delete the caches of older builds, take control of open pages;
// - fetch: navigations get the app shell of this build (so every deep link
//   works offline and an old page never meets a new WebAssembly module);
//   the build's files come from the cache; the deploy-time configuration and
//   any newer dataset go to the network first and fall back to the cache.
// A new build waits until the page asks it to take over ("skip-waiting").

const BUILD = '__BUILD_ID__';
const CACHE_PREFIX = 'japan-nato-explorer-';
const CACHE = CACHE_PREFIX + BUILD;
const RUNTIME = CACHE_PREFIX + 'runtime';
const FILES = __PRECACHE__;
const SHELL = 'index.html';
const NETWORK_FIRST = ['explorer-config.json'];

const scope = new URL(self.registration.scope);
const inScope = (url) => url.origin === scope.origin && url.pathname.startsWith(scope.pathname);
const relative = (url) => url.pathname.slice(scope.pathname.length);

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(FILES.map((file) => new URL(file, scope).href))),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith(CACHE_PREFIX) && key !== CACHE && key !== RUNTIME)
            .map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'skip-waiting') self.skipWaiting();
});

async function networkFirst(request) {
  const runtime = await caches.open(RUNTIME);
  try {
    const response = await fetch(request);
    if (response.ok) await runtime.put(request, response.clone());
    return response;
  } catch (error) {
    const cached = (await runtime.match(request)) || (await caches.match(request, { cacheName: CACHE }));
    if (cached) return cached;
    throw error;
  }
}

async function fromBuild(request) {
  const cache = await caches.open(CACHE);
  return (await cache.match(request, { ignoreSearch: true })) || fetch(request);
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (!inScope(url)) return;
  if (request.mode === 'navigate') {
    event.respondWith(
      caches.open(CACHE).then(async (cache) => (await cache.match(new URL(SHELL, scope).href)) || fetch(request)),
    );
    return;
  }
  const path = relative(url);
  if (FILES.includes(path) && !NETWORK_FIRST.includes(path)) {
    event.respondWith(fromBuild(request));
    return;
  }
  // The configuration, a newer dataset, anything else of ours: fresh when
  // online, the last copy when not.
  event.respondWith(networkFirst(request));
});
