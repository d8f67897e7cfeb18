// Every page arrives as finished HTML (prerendered at build time with the
// app's own components), reads completely without JavaScript, and is taken
// over by the app without a visible change: no layout shift, nothing lost
// that the reader did before, never a count that contradicts the address.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, appReady, hold } from './fixtures.mjs';
import { bundledDataset, pageHead } from '../support/dataset.mjs';
import { startServer } from '../support/static-server.mjs';

const data = bundledDataset();
const firstEvent = data.events[0];
const ROUTES = [
  '/',
  '/timeline',
  '/topics',
  `/topics/${data.topics[0].id}`,
  `/events/${firstEvent.id}`,
  '/sources',
  `/sources/${data.sources[0].id}`,
  '/perspectives',
  '/about',
];

/** The h1 of a page: its document title without the site name. */
const h1Of = (route) => pageHead(route).title.replace(/ · Japan–NATO Partnership Explorer$/, '');
const decode = (html) =>
  html
    .replace(/<!--[\s\S]*?-->|<!>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const h1In = (html) => decode(html.match(/<h1\b[^>]*>([\s\S]*?)<\/h1>/)?.[1] ?? '');
const textIn = (html) => decode(html.match(/<main\b[\s\S]*<\/main>/)?.[0] ?? '');
const cardsIn = (html) => (html.match(/<article\b[^>]*\bclass="card"/g) ?? []).length;

/** What each route's own content must hold, from the data: its records' words, not only its frame. */
const CONTENT = {
  '/': data.eras.map((era) => era.name),
  '/timeline': data.events.slice(0, 10).map((event) => event.title),
  '/topics': data.topics.map((topic) => topic.name),
  [`/topics/${data.topics[0].id}`]: [data.topics[0].summary],
  [`/events/${firstEvent.id}`]: [firstEvent.summary],
  '/sources': data.sources.map((source) => source.title),
  [`/sources/${data.sources[0].id}`]: [data.sources[0].perspective],
  '/perspectives': data.perspectives.map((perspective) => perspective.question),
  '/about': data.glossary.map((entry) => entry.term),
};

/** Sums the page's layout shifts from the start of the load (the CLS of the load). */
async function recordLayoutShifts(page) {
  await page.addInitScript(() => {
    window.layoutShifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.layoutShifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return () => page.evaluate(() => window.layoutShifts.reduce((sum, value) => sum + value, 0));
}

test.describe('each page as served, before any script runs', () => {
  for (const route of ROUTES) {
    test(`${route} holds its h1 and its content`, async ({ request }) => {
      const response = await request.get(route);
      expect(response.status()).toBe(200);
      const html = await response.text();
      expect(h1In(html)).toBe(h1Of(route));
      expect(html).toContain(`<meta name="explorer-page" content="${route.replace(/^\//, '')}">`);
      // The page's own content, not only its frame.
      const text = textIn(html);
      expect(CONTENT[route].length, route).toBeGreaterThan(0);
      for (const words of CONTENT[route]) expect(text, route).toContain(words);
      // No inline script or style (the strict CSP); a JSON-LD data block is
      // not script (it never runs, and the CSP does not govern it).
      expect(html).not.toMatch(/<script(?![^>]*\b(?:src=|type="application\/ld\+json"))[^>]*>/);
      expect(html).not.toMatch(/\sstyle=/);
    });
  }

  test('an event page holds its title and every quote', async ({ request }) => {
    const html = await (await request.get(`/events/${firstEvent.id}`)).text();
    const text = textIn(html);
    expect(text).toContain(firstEvent.title);
    expect(firstEvent.evidence.length).toBeGreaterThan(0);
    for (const evidence of firstEvent.evidence) expect(text).toContain(evidence.quote);
  });

  test('/timeline holds a card for every event, up to one window', async ({ request }) => {
    const html = await (await request.get('/timeline')).text();
    expect(cardsIn(html)).toBe(Math.min(data.events.length, 100));
    expect(textIn(html)).toContain(`${data.events.length} events`);
  });

  test('the not-found page is prerendered as 404.html', async ({ request }) => {
    const html = await (await request.get('/404.html')).text();
    expect(h1In(html)).toBe('Page not found');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const route of ROUTES) {
    test(`${route} shows its content`, async ({ page }) => {
      await page.goto(route);
      await expect(page.locator('main h1')).toHaveText(h1Of(route));
      await expect(page.locator('main')).toBeVisible();
      // Controls that need the app are hidden.
      await expect(page.locator('#f-q')).toBeHidden();
      await expect(page.locator('.toolbar')).toBeHidden();
    });
  }

  test('links between pages work as plain links', async ({ page }) => {
    await page.goto('/timeline');
    const card = page.locator('article.card').first();
    const title = (await card.locator('.card-title').innerText()).trim();
    await card.locator('.card-title a').click();
    await expect(page.locator('main h1')).toHaveText(title);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Topics' }).click();
    await expect(page).toHaveURL(/\/topics$/);
    await expect(page.locator('main h1')).toHaveText('Topics');
    await page.locator('main a[href*="/topics/"]').first().click();
    await expect(page.locator('main article.card').first()).toBeVisible();
  });

  test('a filtered link says that it shows every event', async ({ page }) => {
    await page.goto('/timeline?topic=cyber-defence&q=exercise');
    await expect(page.locator('.no-app-note')).toBeVisible();
    await expect(page.locator('.no-app-note')).toContainText('shows all its events');
    await expect(page.locator('article.card')).toHaveCount(data.events.length);
  });
});

test.describe('the app takes over', () => {
  test('with no layout shift and no console error', async ({ page }) => {
    for (const width of [390, 1366]) {
      await page.setViewportSize({ width, height: 844 });
      const shifts = await recordLayoutShifts(page);
      await page.goto('/timeline');
      await appReady(page);
      // Let the frame after the takeover be laid out and reported.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
      expect(await shifts()).toBeLessThanOrEqual(0.01);
    }
  });

  test('keeps what the reader typed, the focus and the scroll position', async ({ page }) => {
    const release = await hold(page);
    await page.goto('/timeline');
    await expect(page.locator('html')).toHaveClass(/\bjs\b/);
    await expect(page.locator('html')).not.toHaveClass(/\bapp\b/);
    await page.locator('#f-q').pressSequentially('cyber');
    // Typing scrolls the box into view (smoothly, by the page's CSS): let
    // that end, then scroll to where the box is still in view.
    await page.waitForFunction(() => new Promise((resolve) => {
      const y = window.scrollY;
      setTimeout(() => resolve(window.scrollY === y), 300);
    }));
    const scrolled = await page.evaluate(() => {
      const box = document.querySelector('#f-q').getBoundingClientRect();
      window.scrollTo({ top: Math.round(window.scrollY + box.bottom - window.innerHeight + 40), behavior: 'instant' });
      return window.scrollY;
    });
    expect(scrolled).toBeGreaterThan(0);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
    release();
    await appReady(page);
    await expect(page.locator('#f-q')).toHaveValue('cyber');
    await expect(page.locator('#f-q')).toBeFocused();
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
    // The app applied it: the list narrows and the address follows.
    await expect(page).toHaveURL(/[?&]q=cyber\b/);
    const cards = await page.locator('article.card').count();
    expect(cards).toBeGreaterThan(0);
    expect(cards).toBeLessThan(data.events.length);
    await expect(page.locator('.result-count')).toHaveText(`${cards} event${cards === 1 ? '' : 's'}`);
  });

  test('a deep link with a query never shows a wrong count', async ({ page }) => {
    const release = await hold(page);
    // The early search held back too: the page as it is before anything can answer.
    const releaseEarly = await hold(page, /\/early-search-(en|ja)-[0-9a-f]+\.wasm$/);
    await page.goto('/timeline?topic=cyber-defence&q=exercise');
    // Before anything answers: the prerendered list (every event) and its count are pending.
    await expect(page.locator('html')).toHaveClass(/\bquery-pending\b/);
    await expect(page.locator('.result-count')).toBeHidden();
    await expect(page.locator('.chronology')).toBeHidden();
    // The early search answers the address: the count shown is the query's.
    releaseEarly();
    await expect(page.locator('html')).not.toHaveClass(/\bquery-pending\b/);
    const early = await page.locator('.chronology article.card:visible').count();
    expect(early).toBeLessThan(data.events.length);
    await expect(page.locator('.result-count')).toHaveText(`${early} event${early === 1 ? '' : 's'}`);
    release();
    await appReady(page);
    await expect(page.locator('.result-count')).toBeVisible();
    const cards = await page.locator('article.card').count();
    expect(cards).toBe(early);
    await expect(page.locator('.result-count')).toHaveText(`${cards} event${cards === 1 ? '' : 's'}`);
    await expect(page.locator('#f-q')).toHaveValue('exercise');
  });
});

test.describe('a page that is not the route\'s own', () => {
  let server;
  let dir;
  test.beforeAll(async () => {
    // A host without rewrites whose copy lacks one event's page (as a route
    // a newer dataset adds would): it serves 404.html for that address.
    dir = mkdtempSync(join(tmpdir(), 'explorer-missing-page-'));
    cpSync('dist', dir, { recursive: true });
    rmSync(join(dir, 'events', firstEvent.id), { recursive: true });
    server = await startServer({ root: dir, fallback: false });
  });
  test.afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  test.use({ expectedHttpErrors: [`/events/${firstEvent.id}`] });

  test('shows no wrong content, then the app mounts the route fresh', async ({ page }) => {
    const release = await hold(page);
    await page.goto(`${server.url}events/${firstEvent.id}`);
    await expect(page.locator('html')).toHaveClass(/\broute-pending\b/);
    // The not-found view it was served is not shown.
    await expect(page.locator('main h1')).toBeHidden();
    release();
    await appReady(page);
    await expect(page.locator('main h1')).toHaveText(firstEvent.title);
  });
});

test('offline, a reload of a deep link serves that route\'s own prerendered page', async ({ page, context }) => {
  const server = await startServer({ root: 'dist', fallback: false });
  try {
    await page.goto(server.url);
    await appReady(page);
    await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 15_000 });
    await context.setOffline(true);
    const route = `events/${data.events[1].id}`;
    for (const load of [() => page.goto(`${server.url}${route}`), () => page.reload()]) {
      await load();
      // The page itself, before the app: its own route, not a fallback.
      await expect(page.locator('meta[name="explorer-page"]')).toHaveAttribute('content', route);
      await appReady(page);
      await expect(page.locator('main h1')).toHaveText(data.events[1].title);
    }
  } finally {
    await context.setOffline(false);
    await server.close();
  }
});
