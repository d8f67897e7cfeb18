// Starts the explorer: loads the WebAssembly module of this build for the
// page's edition, then (in release builds) registers the service worker
// that makes it work offline. It replaces the inline script Trunk injects,
// so the page runs under a Content-Security-Policy without 'unsafe-inline'.
// Generated into dist/ by scripts/postbuild.mjs; __JS__, __WASM__,
// __JS_JA__, __WASM_JA__ and __OFFLINE__ are filled in there.
//
// Each edition has a module of its own, the same app with only that
// edition's interface strings: the edition is the address's, as the app
// reads it (Japanese under the base's ja/), so a host's English 404 page
// at a Japanese address still starts the Japanese app.
//
// The page is already readable (prerendered); the app takes it over when
// it starts. If it cannot start (WebAssembly blocked or unsupported, a
// failed download), the page stays as it is and reads as it would without
// JavaScript: controls that need the app are hidden again.
const base = new URL('./', import.meta.url);
const japanese = `${location.pathname}/`.startsWith(`${base.pathname}ja/`);
// A chronology answers search and filters before the app has started
// (early-search-*.js): its module and index go first. The app's module
// waits for them EARLY_SEARCH_WAIT_MS at most, should they be slow.
const EARLY_SEARCH_WAIT_MS = 2000;
await Promise.race([window.explorerEarlySearch, new Promise((resolve) => setTimeout(resolve, EARLY_SEARCH_WAIT_MS))]);
try {
  const { default: init } = await (japanese ? import('./__JS_JA__') : import('./__JS__'));
  await init({ module_or_path: new URL(japanese ? './__WASM_JA__' : './__WASM__', base) });
} catch (error) {
  const root = document.documentElement;
  root.classList.remove('js', 'route-pending', 'query-pending');
  root.classList.add('app-failed');
  console.warn('The explorer could not start; the page reads without it.', error);
}

// The page offers a reload when a new build is waiting; this is what the
// app calls when the reader accepts it.
function offerUpdate(worker) {
  window.explorerApplyUpdate = () => worker.postMessage({ type: 'skip-waiting' });
  window.dispatchEvent(new CustomEvent('explorer-update-ready'));
}

async function registerServiceWorker() {
  let container;
  try {
    // Throws in sandboxed frames; absent on insecure origins.
    container = navigator.serviceWorker;
  } catch {
    return;
  }
  if (!container) return;
  try {
    const hadController = Boolean(container.controller);
    const registration = await container.register(new URL('sw.js', base), { scope: base.pathname });
    if (registration.waiting && container.controller) offerUpdate(registration.waiting);
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      if (!worker) return;
      worker.addEventListener('statechange', () => {
        if (worker.state === 'installed' && container.controller) offerUpdate(worker);
      });
    });
    // Reload once the new build has taken over, so page and module match.
    let reloading = false;
    container.addEventListener('controllerchange', () => {
      if (hadController && !reloading) {
        reloading = true;
        window.location.reload();
      }
    });
    // Look for a new build whenever the reader comes back to the tab.
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') registration.update().catch(() => {});
    });
  } catch {
    // Private windows and some embedding contexts refuse service workers:
    // the app works online as before.
  }
}

if (__OFFLINE__) registerServiceWorker();
