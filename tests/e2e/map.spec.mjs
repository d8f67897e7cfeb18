// The map of places (/map): a mark per place the events name, following
// the chronology's search and filters; choosing a place narrows the
// chronology to it (`place=` in the URL). The land is a picture the build
// draws from Natural Earth and serves itself: no request leaves the site,
// and it works offline, without JavaScript and in the Japanese edition.
import { readFileSync } from 'node:fs';
import { test, expect, appReady } from './fixtures.mjs';
import { startServer } from '../support/static-server.mjs';

const events = JSON.parse(readFileSync('data/events.json', 'utf8'));
const places = JSON.parse(readFileSync('data/places.json', 'utf8'));
const placesJa = JSON.parse(readFileSync('data/ja/places.json', 'utf8'));
const nameOf = (id) => places.find((p) => p.id === id).name;
/** How many events name each place, of `list`. */
const countsOf = (list) => {
  const counts = new Map();
  for (const e of list) for (const p of e.places) counts.set(p, (counts.get(p) ?? 0) + 1);
  return counts;
};
const ALL = countsOf(events);
// The place with most events, and its events.
const [BUSIEST] = [...ALL.entries()].sort((a, b) => b[1] - a[1])[0];
const busiestEvents = events.filter((e) => e.places.includes(BUSIEST)).map((e) => e.id).sort();

const markIds = (page) => page.locator('.world-map a.map-mark').evaluateAll((as) => as.map((a) => a.dataset.place));
const cardIds = (page) => page.locator('.chronology article.card').evaluateAll((cs) => cs.map((c) => c.dataset.event));

test('a mark per place with events, sized by them, with a table of the same', async ({ page, axe }) => {
  await page.goto('/map');
  await appReady(page);
  await expect(page.locator('main h1')).toHaveText('Where it happened');
  expect((await markIds(page)).sort()).toEqual([...ALL.keys()].sort());
  for (const [id, count] of ALL) {
    const mark = page.locator(`.world-map a.map-mark[data-place="${id}"]`);
    await expect(mark).toHaveAttribute('aria-label', `${nameOf(id)}: ${count} event${count === 1 ? '' : 's'}`);
  }
  // Bigger for more events.
  const radius = (id) => page.locator(`a.map-mark[data-place="${id}"] circle`).getAttribute('r').then(Number);
  const fewest = [...ALL.entries()].sort((a, b) => a[1] - b[1])[0][0];
  expect(await radius(BUSIEST)).toBeGreaterThan(await radius(fewest));
  const rows = page.locator('.map-table tbody tr');
  await expect(rows).toHaveCount(ALL.size);
  await expect(page.locator('.map-table tbody tr', { hasText: nameOf(BUSIEST) }).locator('td')).toHaveText(String(ALL.get(BUSIEST)));
  // Names beside the marks on a wide screen.
  await expect(page.locator('.map-labels text').first()).toBeVisible();
  expect(await axe()).toEqual([]);
});

test('choosing a place narrows the chronology to exactly its events and writes place=; back undoes it', async ({ page }) => {
  await page.goto('/map');
  await appReady(page);
  await page.locator(`.world-map a.map-mark[data-place="${BUSIEST}"]`).click();
  await expect(page).toHaveURL(`/map?place=${BUSIEST}`);
  await expect(page.locator('.result-count')).toContainText(String(busiestEvents.length));
  expect((await cardIds(page)).sort()).toEqual(busiestEvents);
  // The chosen mark stands out; the others stay, to add to the choice.
  await expect(page.locator('a.map-mark.chosen')).toHaveCount(1);
  await expect(page.locator(`a.map-mark.chosen[data-place="${BUSIEST}"]`)).toHaveAttribute('aria-label', /chosen/);
  expect((await markIds(page)).length).toBe(ALL.size);
  // The same chip as any filter.
  await expect(page.locator('.active-filters')).toContainText(`Place: ${nameOf(BUSIEST)}`);
  // A second place widens the choice (either place), like actor=.
  const other = events.find((e) => e.places.length && !e.places.includes(BUSIEST)).places[0];
  await page.locator(`.map-table a[data-place="${other}"]`).click();
  await expect(page).toHaveURL(`/map?place=${BUSIEST}&place=${other}`);
  const either = events.filter((e) => e.places.includes(BUSIEST) || e.places.includes(other)).map((e) => e.id).sort();
  expect((await cardIds(page)).sort()).toEqual(either);
  await page.goBack();
  await expect(page).toHaveURL(`/map?place=${BUSIEST}`);
  await page.goBack();
  await expect(page).toHaveURL('/map');
  await expect(page.locator('a.map-mark.chosen')).toHaveCount(0);
  // From the keyboard: a mark is a link in the tab order.
  await page.locator(`.world-map a.map-mark[data-place="${BUSIEST}"]`).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`/map?place=${BUSIEST}`);
});

test('the marks follow a search: the places of exactly the events found, with their counts', async ({ page }) => {
  await page.goto('/map');
  await appReady(page);
  await page.locator('#f-q').fill('vilnius');
  await expect(page).toHaveURL(/q=vilnius/);
  await expect.poll(async () => (await cardIds(page)).length).toBeGreaterThan(0);
  const shown = await cardIds(page);
  const expected = countsOf(events.filter((e) => shown.includes(e.id)));
  await expect.poll(async () => (await markIds(page)).sort()).toEqual([...expected.keys()].sort());
  expect(expected.size).toBeLessThan(ALL.size);
  for (const [id, count] of expected) {
    await expect(page.locator(`a.map-mark[data-place="${id}"]`)).toHaveAttribute('aria-label', new RegExp(`: ${count} event`));
  }
  // A search no place matches: no marks, and a line that says so.
  await page.locator('#f-q').fill('zzzzqx');
  await expect(page.locator('.world-map a.map-mark')).toHaveCount(0);
  await expect(page.locator('.map-none')).toBeVisible();
});

test('an event page shows its places on a locator map, each a link to the map', async ({ page, axe }) => {
  const event = events.find((e) => e.places.length >= 2) ?? events.find((e) => e.places.length);
  await page.goto(`/events/${event.id}`);
  await appReady(page);
  const locator = page.locator('svg.locator');
  await expect(locator).toHaveCount(1);
  await expect(locator.locator('.locator-dot')).toHaveCount(event.places.length);
  await expect(locator).toHaveAttribute('aria-label', `Map: ${event.places.map(nameOf).join(', ')}`);
  await expect(locator.locator('image')).toHaveAttribute('href', '/locator-map.svg');
  await page.locator('.places a').first().click();
  await expect(page).toHaveURL(`/map?place=${event.places[0]}`);
  await expect(page.locator('a.map-mark.chosen')).toHaveCount(1);
  await page.goBack();
  expect(await axe()).toEqual([]);
});

test.describe('in the dark theme', () => {
  test.use({ colorScheme: 'dark' });
  test('the map and a locator pass axe', async ({ page, axe }) => {
    await page.goto(`/map?place=${BUSIEST}`);
    await appReady(page);
    expect(await axe()).toEqual([]);
    await page.goto(`/events/${events.find((e) => e.places.length).id}`);
    await appReady(page);
    expect(await axe()).toEqual([]);
  });
});

test('no request leaves the site, and the land is the build’s own picture', async ({ page, baseURL }) => {
  const elsewhere = [];
  const origin = new URL(baseURL).origin;
  page.on('request', (req) => {
    if (!req.url().startsWith(origin) && !req.url().startsWith('data:')) elsewhere.push(req.url());
  });
  const land = page.waitForResponse((res) => res.url().endsWith('/world-map.svg'));
  await page.goto('/map');
  await appReady(page);
  const response = await land;
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/image\/svg\+xml/);
  await page.locator(`a.map-mark[data-place="${BUSIEST}"]`).click();
  await page.goto(`/events/${events.find((e) => e.places.length).id}`);
  await appReady(page);
  expect(elsewhere).toEqual([]);
});

test('/ja/map: in Japanese, the same places', async ({ page }) => {
  await page.goto('/ja/map');
  await appReady(page);
  await expect(page.locator('main h1')).toHaveText('出来事の場所');
  expect((await markIds(page)).sort()).toEqual([...ALL.keys()].sort());
  await expect(page.locator(`a.map-mark[data-place="${BUSIEST}"]`)).toHaveAttribute(
    'aria-label',
    `${placesJa[BUSIEST].name}：出来事${ALL.get(BUSIEST)}件`,
  );
  await expect(page.locator('.map-table caption')).toHaveText('場所と出来事の数');
  await page.locator(`.map-table a[data-place="${BUSIEST}"]`).click();
  await expect(page).toHaveURL(`/ja/map?place=${BUSIEST}`);
  expect((await cardIds(page)).sort()).toEqual(busiestEvents);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the prerendered map has its land, a mark per place as a link, and the table', async ({ page }) => {
    await page.goto('/map');
    await expect(page.locator('main h1')).toHaveText('Where it happened');
    await expect(page.locator('.world-map image')).toHaveAttribute('href', '/world-map.svg');
    expect((await markIds(page)).sort()).toEqual([...ALL.keys()].sort());
    await expect(page.locator(`a.map-mark[data-place="${BUSIEST}"]`)).toHaveAttribute('href', `/map?place=${BUSIEST}`);
    await expect(page.locator('.map-table tbody tr')).toHaveCount(ALL.size);
    // Every event is listed below it, to read.
    await expect(page.locator('.chronology article.card').first()).toBeVisible();
  });
});

test.describe('offline, under a sub-path with the strict CSP', () => {
  let server;
  let app;
  const BASE = '/research/japan-nato/';
  const csp =
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
    "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'self'";
  test.beforeAll(async () => {
    server = await startServer({ root: 'dist', fallback: false });
    app = await startServer({ root: 'dist-subpath', base: BASE, fallback: false, csp });
  });
  test.afterAll(async () => {
    await server?.close();
    await app?.close();
  });

  test('after one visit, /map reloads offline with its land and marks, and a place can be chosen', async ({ page, context }) => {
    await page.goto(server.url);
    await appReady(page);
    await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 15_000 });
    await context.setOffline(true);
    await page.goto(`${server.url}map`);
    await appReady(page);
    await page.reload();
    await appReady(page);
    await expect(page.locator('main h1')).toHaveText('Where it happened');
    expect((await markIds(page)).length).toBe(ALL.size);
    expect(await page.evaluate(() => fetch('/world-map.svg').then((r) => r.ok))).toBe(true);
    await page.locator(`a.map-mark[data-place="${BUSIEST}"]`).click();
    await expect(page).toHaveURL(`${server.url}map?place=${BUSIEST}`);
    expect((await cardIds(page)).sort()).toEqual(busiestEvents);
    await context.setOffline(false);
  });

  test('under a sub-path with the strict CSP, the land loads from below the base', async ({ page }) => {
    const land = page.waitForResponse((res) => res.url().endsWith(`${BASE}world-map.svg`));
    await page.goto(`${app.url}map`);
    await appReady(page);
    expect((await land).status()).toBe(200);
    await expect(page.locator('.world-map image')).toHaveAttribute('href', `${BASE}world-map.svg`);
    await page.locator(`a.map-mark[data-place="${BUSIEST}"]`).click();
    await expect(page).toHaveURL(`${app.url}map?place=${BUSIEST}`);
  });
});
