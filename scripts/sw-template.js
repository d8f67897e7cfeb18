// Service worker of the Japan–NATO Partnership Explorer, generated at build
// time by scripts/postbuild.mjs from the files actually in dist/ (never a
// hand-kept list). Its scope is the app's base path.
//
// - install: precache every file of this build in a cache named after it;
// - activate: delete the caches of older builds, take control of open pages;
// - fetch: a navigation gets the prerendered page of its route from this
//   build (so every deep link works offline, reads as its own page at once,
//   and an old page never meets a new WebAssembly module); a route without
//   a page in the cache goes to the network, and offline gets 404.html (ja/404.html in the Japanese edition),
//   which the app replaces with the route (it is marked as not the route's
//   own page). The build's files come from the cache; the deploy-time
//   configuration and any newer dataset go to the network first and fall
//   back to the cache.
//
// Pages: a build with at most PAGE_PRECACHE_LIMIT pages (scripts/postbuild.mjs)
// precaches all of them; a bigger one precaches the top-level pages and
// caches the others as they are visited.
// A new build waits until the page asks it to take over ("skip-waiting").

const BUILD = '__BUILD_ID__';
const CACHE_PREFIX = 'japan-nato-explorer-';
const CACHE = CACHE_PREFIX + BUILD;
const RUNTIME = CACHE_PREFIX + 'runtime';
const FILES = __PRECACHE__;
// Looked up on every request: a Set, not a scan of up to 10,000 names.
const PRECACHED = new Set(FILES);
// The not-found page of the address's edition.
const fallbackOf = (url) => (/^ja(\/|$)/.test(relative(url)) ? 'ja/404.html' : '404.html');
// Every page precached, or only the top-level ones (then the others are
// cached as they are visited).
const ALL_PAGES_PRECACHED = __ALL_PAGES__;
const NETWORK_FIRST = ['explorer-config.json'];

const scope = new URL(self.registration.scope);
const inScope = (url) => url.origin === scope.origin && url.pathname.startsWith(scope.pathname);
const relative = (url) => url.pathname.slice(scope.pathname.length);
// The prerendered page of an address: "timeline/" → "timeline/index.html".
const pageOf = (url) => {
  const path = relative(url).replace(/(^|\/)index\.html$/, '').replace(/\/$/, '');
  return new URL(path === '' ? 'index.html' : `${path}/index.html`, scope).href;
};

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

async function navigation(request, page) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(page);
  if (cached) return cached;
  try {
    const response = await fetch(request);
    if (response.ok && !ALL_PAGES_PRECACHED) await cache.put(page, response.clone());
    return response;
  } catch (error) {
    const fallback = await cache.match(new URL(fallbackOf(new URL(request.url)), scope).href);
    if (fallback) return fallback;
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
    event.respondWith(navigation(request, pageOf(url)));
    return;
  }
  const path = relative(url);
  if (PRECACHED.has(path) && !NETWORK_FIRST.includes(path)) {
    event.respondWith(fromBuild(request));
    return;
  }
  // The configuration, a newer dataset, anything else of ours: fresh when
  // online, the last copy when not.
  event.respondWith(networkFirst(request));
});
