// The early search: a prerendered chronology answers search and filters
// before the app has started (scripts/early-search-template.js over the
// core's own code, crates/early-search), exactly as the app then does; and
// what each reader downloads is only what their page uses.
import { test, expect, appReady, hold, openFilters } from './fixtures.mjs';

/** What the chronology shows: the cards laid out, the count, the address's query. */
const shown = (page) =>
  page.evaluate(() => ({
    ids: [...document.querySelectorAll('#app .chronology article.card')]
      .filter((card) => card.offsetParent !== null)
      .map((card) => card.dataset.event),
    count: document.querySelector('#app .result-count')?.textContent.trim(),
    // The app's view leaves an empty comment as a marker: not markup anyone sees.
    chips: document.querySelector('#app ul.active-filters')?.innerHTML.replace(/<!---->/g, ''),
    query: location.search,
  }));

/** Where the list starts on the screen: below the chart, the filters, the chips and the count. */
const listTop = (page) => page.evaluate(() => document.querySelector('#app ol.chronology').getBoundingClientRect().top);

/** Waits until the early search has loaded its module and index. */
const earlyReady = (page) => page.waitForFunction(() => window.explorerEarlySearch && document.documentElement.classList.contains('js')).then(() => page.evaluate(() => window.explorerEarlySearch));

/** Search texts drawn from the page's own cards (words of titles, whole and cut short), and fixed ones. */
async function queriesFrom(page, fixed) {
  const titles = await page.locator('#app .chronology .card-title').allTextContents();
  const drawn = [];
  titles.forEach((title, i) => {
    if (i % 6 !== 0) return;
    const words = title.split(/[\s,.;:()「」、。]+/).filter((w) => w.length > 1);
    const word = words[(i / 6) % words.length] ?? words[0];
    if (word) drawn.push(i % 12 === 0 ? word : [...word].slice(0, Math.max(2, Math.ceil([...word].length / 2))).join(''));
  });
  return [...fixed, ...drawn];
}

for (const edition of [
  { path: '/timeline', fixed: ['cyber', 'IPCP', 'ＩＰＣＰ', 'japan nato', 'mari', '2014', 'zzzz-nothing', ''] },
  { path: '/ja/timeline', fixed: ['サイバー', '海洋', 'ＩＰＣＰ', 'nato', '2014年', 'zzzz-nothing', ''] },
]) {
  test(`${edition.path}: a search typed before the app has started gives the app's results`, async ({ page }) => {
    const release = await hold(page);
    await page.goto(edition.path);
    await earlyReady(page);
    await expect(page.locator('html')).not.toHaveClass(/(^|\s)app(\s|$)/);
    const queries = await queriesFrom(page, edition.fixed);
    expect(queries.length).toBeGreaterThan(12);
    const box = page.locator('#f-q');
    const early = [];
    for (const query of queries) {
      await box.fill(query);
      early.push(await shown(page));
    }
    // The answers narrow the list: a test whose every answer was the whole
    // list (or nothing) would prove little.
    const total = (await page.locator('#app .chronology article.card').count());
    expect(early.filter((a) => a.ids.length > 0 && a.ids.length < total).length).toBeGreaterThan(queries.length / 2);
    // Still the prerendered page: the app has not started.
    await expect(page.locator('html')).not.toHaveClass(/(^|\s)app(\s|$)/);

    release();
    await appReady(page);
    for (const [i, query] of queries.entries()) {
      await box.fill(query);
      // The app writes the address when the reader pauses, and builds new
      // cards a few a frame.
      await expect.poll(() => shown(page), { message: `"${query}"` }).toEqual(early[i]);
    }
  });
}

test('ticking a topic before the app has started gives the app\'s results, and the app keeps it', async ({ page }) => {
  const release = await hold(page);
  await page.goto('/timeline?q=japan');
  await earlyReady(page);
  // The deep link's query is answered at once, not left pending.
  await expect(page.locator('html')).not.toHaveClass(/query-pending/);
  await expect(page.locator('#f-q')).toHaveValue('japan');
  await openFilters(page);
  await page.locator('label[for="f-topic-maritime-security"]').click();
  const early = await shown(page);
  expect(early.query).toBe('?q=japan&topic=maritime-security');
  expect(early.ids.length).toBeGreaterThan(0);
  release();
  await appReady(page);
  await expect(page.locator('#f-topic-maritime-security')).toBeChecked();
  expect(await shown(page)).toEqual(early);
  // Back undoes the tick, as it does in the app.
  await page.goBack();
  await expect.poll(async () => (await shown(page)).query).toBe('?q=japan');
  await expect(page.locator('#f-topic-maritime-security')).not.toBeChecked();
});

test('a topic\'s page answers within its topic, and its address keeps only the reader\'s filters', async ({ page }) => {
  const release = await hold(page);
  await page.goto('/topics/maritime-security');
  await earlyReady(page);
  await page.locator('#f-q').fill('exercise');
  const early = await shown(page);
  expect(early.query).toBe('?q=exercise');
  expect(early.ids.length).toBeGreaterThan(0);
  release();
  await appReady(page);
  expect(await shown(page)).toEqual(early);
});

test('the app takes over what was typed early without losing a key, focus or the scroll position', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const release = await hold(page);
  await page.goto('/timeline');
  await earlyReady(page);
  const box = page.locator('#f-q');
  await box.pressSequentially('mari');
  await page.evaluate(() => window.scrollTo(0, 120));
  const before = await shown(page);
  expect(before.chips).toContain('mari');
  const scrollY = await page.evaluate(() => window.scrollY);
  const top = await listTop(page);
  release();
  // Keys typed while the app starts are kept too.
  await box.pressSequentially('time');
  await appReady(page);
  await expect(box).toHaveValue('maritime');
  await expect(box).toBeFocused();
  await expect.poll(async () => (await shown(page)).query).toBe('?q=maritime');
  expect((await shown(page)).ids.length).toBeLessThanOrEqual(before.ids.length);
  expect(await page.evaluate(() => window.scrollY)).toBe(scrollY);
  // Nothing above the list moved: the chips were already there.
  expect(await listTop(page)).toBe(top);
});

test.describe('what each reader downloads', () => {
  /** Loads `path` with the app and returns every response's address and body. */
  async function load(page, path) {
    const responses = [];
    page.on('response', (response) => responses.push(response));
    await page.goto(path);
    await appReady(page);
    await page.waitForLoadState('networkidle');
    return Promise.all(responses.map(async (r) => ({ url: r.url(), body: await r.body().catch(() => Buffer.alloc(0)) })));
  }

  test('an English page never downloads the validator, the Japanese interface or the Japanese text', async ({ page, browser }) => {
    // The Japanese interface's own words, as the Japanese edition shows them.
    const ja = await browser.newPage();
    await ja.goto('/ja/timeline');
    await appReady(ja);
    const words = await ja.evaluate(() => [
      document.querySelector('label[for="f-sort"]').textContent.trim(),
      document.querySelector('label[for="f-q"]').textContent.trim(),
      document.querySelector('#f-q').placeholder,
      // "出来事61件": the words around the number, the longer part.
      document.querySelector('.result-count').textContent.trim().split(/\d+/).sort((a, b) => b.length - a.length)[0],
    ]);
    const jaFiles = await ja.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    await ja.close();
    expect(words.every((w) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(w))).toBe(true);

    for (const path of ['/', '/timeline', '/events/2013-04-joint-political-declaration', '/about']) {
      const files = await load(page, path);
      const names = files.map((f) => new URL(f.url).pathname);
      expect(names.filter((n) => /dataset-check-|app-ja-|translations-|event-index-ja-/.test(n)), path).toEqual([]);
      for (const { url, body } of files) {
        for (const word of words) expect(body.includes(Buffer.from(word)), `${url} holds "${word}"`).toBe(false);
      }
    }
    // The check can fail: the Japanese edition's module holds those words.
    const jaModule = jaFiles.find((name) => /app-ja-[0-9a-f]+_bg\.wasm$/.test(name));
    expect(jaModule).toBeTruthy();
    const bytes = Buffer.from(await (await page.request.get(jaModule)).body());
    for (const word of words) expect(bytes.includes(Buffer.from(word)), word).toBe(true);
  });

  test('the dataset checker is downloaded only where a newer dataset is configured', async ({ page }) => {
    const checker = [];
    page.on('request', (request) => { if (/dataset-check-[0-9a-f]+\.wasm$/.test(request.url())) checker.push(request.url()); });
    await page.goto('/timeline');
    await appReady(page);
    await page.waitForLoadState('networkidle');
    expect(checker).toEqual([]);
  });
});
