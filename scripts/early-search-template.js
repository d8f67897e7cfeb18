// Answers the search box and the filters of a prerendered chronology
// (/timeline, a topic's page) before the app has started: what the reader
// types or ticks shows at once, while the app's larger module is still on
// its way. The answers come from the core crate's own filters and search,
// compiled into a small module (crates/early-search, a build per edition)
// over the event index the build writes for each edition, so they are
// exactly the app's: the same events in the same order, the same address.
//
// This script only shows and hides the prerendered cards, the years and
// eras left empty, and the chart's marks; writes the count, the chips of
// the filters in force and the address; and ticks the page's own boxes to
// match the address. The app takes the
// page over as usual when it starts (src/browser/takeover.rs): it reads the
// filters from the address, so this script marks what it handled as the
// controls' defaults, and the takeover has nothing left to replay.
// Generated into dist/ by scripts/postbuild.mjs, which fills in the names
// of the module and of each edition's index.
//
// Left to the app: a newest-first order, and lists longer than the
// prerendered window (the page then does not hold every card to show).
const FILES = __FILES__;
const root = document.documentElement;
const app = document.getElementById('app');
const panel = app && app.querySelector('search.filter-panel');
const list = app && app.querySelector('ol.chronology');
const taken = () => root.classList.contains('app') || document.getElementById('app') !== app;

// An embedded page stays hidden until the app lays it out: nothing to answer.
const eligible = panel && list && !root.classList.contains('route-pending') && !root.classList.contains('embedded') && !taken();
// The boot script waits for this before it asks for the app's module, so
// that on a slow connection the early search's module and index (about
// 40 kB) are not shared out with the app's 290 kB (a page with nothing to
// answer does not wait).
window.explorerEarlySearch = eligible
  ? start().catch((error) => {
    // The app answers when it starts; nothing is lost.
    console.warn('Early search is unavailable; the app will answer.', error);
  })
  : Promise.resolve();

async function start() {
  const base = new URL('./', import.meta.url);
  const lang = root.lang === 'ja' ? 'ja' : 'en';
  const get = async (name) => {
    const response = await fetch(new URL(name, base));
    if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  };
  const [code, index] = await Promise.all([get(FILES.module[lang]), get(FILES.index[lang])]);
  const { instance } = await WebAssembly.instantiate(code);
  const wasm = instance.exports;
  const put = (bytes) => {
    const at = wasm.buffer(bytes.length);
    new Uint8Array(wasm.memory.buffer, at, bytes.length).set(bytes);
    return bytes.length;
  };
  if (!wasm.load(put(index))) throw new Error('the event index could not be read');
  if (taken()) return;

  const page = document.querySelector('meta[name="explorer-page"]')?.getAttribute('content') ?? '';
  const pinned = page.startsWith('topics/') ? page.slice('topics/'.length) : '';
  const box = panel.querySelector('#f-q');
  const boxes = () => panel.querySelectorAll('input[type=checkbox][name]');
  const count = app.querySelector('.result-count');
  const chipList = app.querySelector('ul.active-filters');
  const marks = app.querySelectorAll('.time-chart a.mark[data-position]');
  const cards = [...list.querySelectorAll('article.card[data-event]')];

  const ask = (params) => {
    const request = [pinned, location.pathname];
    params.forEach((value, key) => request.push(key, value));
    const length = wasm.answer_request(put(new TextEncoder().encode(request.join('\0'))));
    const [query, countText, chips, ...lines] = new TextDecoder()
      .decode(new Uint8Array(wasm.memory.buffer, wasm.output(), length))
      .split('\n');
    const shown = lines.map((line) => line.split('\t'));
    return { query, countText, chips, positions: new Set(shown.map(([at]) => at)), ids: new Set(shown.map(([, id]) => id)) };
  };
  // Only a page that holds every card of its list can show any selection
  // of them.
  if (ask(new URLSearchParams()).ids.size !== cards.length) return;
  let params = new URLSearchParams(location.search);

  // The page's own controls say what the address says, and that is their
  // default: the app, reading the address, agrees, and replays nothing.
  const settle = () => {
    if (box && document.activeElement !== box) box.value = params.get('q') ?? '';
    if (box) box.defaultValue = box.value;
    for (const input of boxes()) {
      input.checked = params.getAll(input.name).includes(input.value);
      input.defaultChecked = input.checked;
    }
  };

  // `write`: how the address follows ('push' a new entry, 'replace' this
  // one, or nothing: the address already says it, in its own words).
  const show = ({ query, countText, chips, positions, ids }, write) => {
    for (const card of cards) card.parentElement.hidden = !ids.has(card.dataset.event);
    for (const year of list.querySelectorAll(':scope > li.year-group')) {
      year.hidden = !year.querySelector('li:not([hidden]) > article.card');
    }
    // An era's heading stays while any year of the era is shown.
    let era = null;
    for (const item of list.children) {
      if (item.classList.contains('era-marker')) {
        era = item;
        era.hidden = true;
      } else if (era && !item.hidden) {
        era.hidden = false;
      }
    }
    list.hidden = ids.size === 0;
    for (const mark of marks) mark.classList.toggle('faded', !positions.has(mark.dataset.position));
    if (count) count.textContent = countText;
    // The core's own markup of the filters in force, escaped by construction.
    if (chipList) chipList.innerHTML = chips;
    if (write && query !== location.search) {
      const address = `${location.pathname}${query}${location.hash}`;
      if (write === 'push') history.pushState(history.state, '', address);
      else history.replaceState(history.state, '', address);
      // A router already running follows the address, as it would after back.
      dispatchEvent(new PopStateEvent('popstate', { state: history.state }));
    }
    root.classList.remove('query-pending');
    settle();
  };

  const answer = (write) => {
    if (taken()) return stop();
    // A newest-first order is the app's to show.
    if (params.get('sort') === 'newest') return;
    show(ask(params), write);
  };

  // What the reader did before this script was ready counts; the address
  // alone is answered as it stands.
  let changed = false;
  if (box && box.value !== box.defaultValue) {
    setText(box.value);
    changed = true;
  }
  for (const input of boxes()) {
    if (input.checked !== input.defaultChecked) {
      toggle(input);
      changed = true;
    }
  }
  answer(changed ? 'replace' : null);

  function setText(text) {
    if (text.trim() === '') params.delete('q');
    else params.set('q', text);
  }
  function toggle(input) {
    const others = params.getAll(input.name).filter((value) => value !== input.value);
    if (input.checked) others.push(input.value);
    params.delete(input.name);
    others.forEach((value) => params.append(input.name, value));
  }

  const onInput = (event) => {
    if (event.target !== box) return;
    setText(box.value);
    answer('replace');
  };
  const onChange = (event) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || input.type !== 'checkbox' || !panel.contains(input)) return;
    toggle(input);
    answer('push');
  };
  const onPop = (event) => {
    // Our own notice to the router, or back and forward before the app:
    // the address is the state.
    if (event.isTrusted) {
      params = new URLSearchParams(location.search);
      answer(null);
    }
  };
  panel.addEventListener('input', onInput);
  panel.addEventListener('change', onChange);
  addEventListener('popstate', onPop);
  function stop() {
    panel.removeEventListener('input', onInput);
    panel.removeEventListener('change', onChange);
    removeEventListener('popstate', onPop);
  }
}
