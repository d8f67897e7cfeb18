// The Japanese edition under /ja/: every route in Japanese with the
// sources' quotes kept in English, the language switch keeping view and
// filters both ways, Japanese search, hreflang alternates in the served
// HTML, the offer (never a redirect) to readers whose browser prefers
// Japanese, and the edition working without JavaScript, offline, embedded
// and under a sub-path.
import { readFileSync } from 'node:fs';
import { test, expect, appReady } from './fixtures.mjs';
import { startServer } from '../support/static-server.mjs';
import { bundledDataset, newerDataset, pageHead } from '../support/dataset.mjs';

const data = bundledDataset();
const event = data.events.find((e) => e.id === '2013-04-joint-political-declaration');
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

const ROUTES = [
  '/ja/',
  '/ja/timeline',
  '/ja/timeline?topic=maritime-security&q=exercise',
  '/ja/topics',
  '/ja/topics/cyber-defence',
  `/ja/events/${event.id}`,
  '/ja/sources',
  '/ja/sources/nato-relations',
  '/ja/perspectives',
  '/ja/about',
  '/ja/no/such/page',
];

/** Ids of the events listed on the page, in order. */
const listed = (page) => page.locator('.chronology article.card').evaluateAll((cards) => cards.map((c) => c.dataset.event));

for (const route of ROUTES) {
  test(`${route} is in Japanese, quotes in English, no axe violations`, async ({ page, axe }) => {
    const head = pageHead(route);
    await page.goto(route);
    await appReady(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(page.locator('main h1')).toHaveText(head.h1);
    expect(head.h1).toMatch(JAPANESE);
    await expect(page).toHaveTitle(head.title);
    await expect(page.locator('meta[name=description]')).toHaveAttribute('content', head.description);
    // The header's navigation and the footer are Japanese too.
    await expect(page.getByRole('navigation').getByRole('link', { name: '年表' })).toBeVisible();
    await expect(page.locator('footer')).toContainText(JAPANESE);
    // Every quote is the source's English, marked so, and kept from machine translation.
    for (const quote of await page.locator('figure.quote blockquote').all()) {
      await expect(quote).toHaveAttribute('lang', 'en');
      await expect(quote).toHaveAttribute('translate', 'no');
    }
    expect(await axe()).toEqual([]);
  });
}

test('an event page shows each quote in English with its labelled reference translation', async ({ page }) => {
  await page.goto(`/ja/events/${event.id}`);
  await appReady(page);
  const quotes = page.locator('figure.quote');
  await expect(quotes).toHaveCount(event.evidence.length);
  for (const [i, evidence] of event.evidence.entries()) {
    const quote = quotes.nth(i);
    await expect(quote.locator('blockquote')).toHaveText(evidence.quote.trim());
    await expect(quote.locator('.rendering .rendering-label')).toHaveText('参考訳');
    await expect(quote.locator('.rendering')).toContainText(JAPANESE);
  }
  // Dates in Japanese form.
  await expect(page.locator('main time').first()).toHaveText('2013年4月');
  await expect(page.locator('main time').first()).toHaveAttribute('datetime', '2013-04');
});

test('quotes carry the Japanese attribution mark, and no Japanese page shows a date in ISO form or an avoided term', async ({ page }) => {
  const terms = JSON.parse(readFileSync(new URL('../../data/terms.json', import.meta.url), 'utf8')).ja;
  // The avoided forms a text uses, once every preferred form is taken out
  // (共同政治宣言 is fine inside 日NATO共同政治宣言).
  const avoided = (text) =>
    terms.flatMap((term) => {
      const rest = text.split(term.use).join('\u0000');
      return term.avoid.filter((form) => rest.includes(form)).map((form) => `${form} (use ${term.use})`);
    });
  await page.goto(`/ja/events/${event.id}`);
  await appReady(page);
  const captions = await page.locator('figure.quote figcaption').allTextContents();
  expect(captions.length).toBeGreaterThan(0);
  for (const caption of captions) {
    expect(caption.trim()).toMatch(/^――/);
    expect(caption).not.toContain('— ');
  }
  for (const route of ['/ja/', '/ja/timeline', `/ja/events/${event.id}`, '/ja/about', '/ja/sources', '/ja/topics', '/ja/perspectives']) {
    await page.goto(route);
    await appReady(page);
    // What a reader sees: the page's text, footer included.
    const text = await page.locator('body').innerText();
    expect(text.match(/\b\d{4}-\d{2}-\d{2}\b/g), route).toBeNull();
    expect(avoided(text), route).toEqual([]);
    await expect(page.locator('footer')).toContainText(/\d{4}年\d{1,2}月\d{1,2}日/);
  }
});

test('the About page says what is translated, by whom, and that the English quotes are authoritative', async ({ page }) => {
  await page.goto('/ja/about');
  await appReady(page);
  const section = page.locator('#editions');
  await expect(section).toContainText('AI');
  await expect(section).toContainText('参考訳');
  await expect(section).toContainText('正本は英語の引用です');
  // The glossary gives the Japanese rendering beside the English expansion.
  await expect(page.locator('main')).toContainText('Individual Partnership and Cooperation Programme');
  await expect(page.locator('main')).toContainText('国別パートナーシップ協力計画');
});

test.describe('the language switch', () => {
  test('keeps the view and its filters, both ways', async ({ page }) => {
    await page.goto('/timeline?topic=maritime-security&q=exercise');
    await appReady(page);
    const english = await listed(page);
    expect(english.length).toBeGreaterThan(0);
    await page.locator('.site-header .edition-switch').click();
    await expect(page).toHaveURL(/\/ja\/timeline\?topic=maritime-security&q=exercise$/);
    await appReady(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(page.locator('#f-q')).toHaveValue('exercise');
    expect(await listed(page)).toEqual(english);
    await expect(page.locator('.site-header .edition-switch')).toHaveText('English');
    await page.locator('.site-header .edition-switch').click();
    await expect(page).toHaveURL(/\/timeline\?topic=maritime-security&q=exercise$/);
    expect(new URL(page.url()).pathname).toBe('/timeline');
    await appReady(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    expect(await listed(page)).toEqual(english);
  });

  test('follows in-app navigation, and leads from an event to the same event', async ({ page }) => {
    await page.goto('/ja/');
    await appReady(page);
    await page.getByRole('navigation').getByRole('link', { name: '年表' }).click();
    await expect(page).toHaveURL(/\/ja\/timeline$/);
    await page.locator(`[data-event="${event.id}"] .card-title a`).click();
    await expect(page).toHaveURL(new RegExp(`/ja/events/${event.id}$`));
    await expect(page.locator('.site-header .edition-switch')).toHaveAttribute('href', `/events/${event.id}`);
    await page.locator('.site-header .edition-switch').click();
    await appReady(page);
    await expect(page.locator('main h1')).toHaveText(event.title);
  });
});

test.describe('search in Japanese', () => {
  for (const [query, topic] of [['サイバー', 'cyber-defence'], ['海洋', 'maritime-security']]) {
    test(`${query} finds every ${topic} event, highlighted`, async ({ page }) => {
      const tagged = data.events.filter((e) => e.topics.includes(topic)).map((e) => e.id);
      expect(tagged.length).toBeGreaterThan(1);
      await page.goto('/ja/timeline');
      await appReady(page);
      await page.locator('#f-q').fill(query);
      await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(query)}`));
      const found = await listed(page);
      for (const id of tagged) expect(found, `${id} is found by ${query}`).toContain(id);
      await expect(page.locator('.chronology mark').first()).toBeVisible();
      await expect(page.locator('.result-count')).toHaveText(`出来事${found.length}件`);
    });
  }

  test('full-width letters and acronyms find the same events', async ({ page }) => {
    await page.goto('/ja/timeline?q=IPCP');
    await appReady(page);
    const ascii = await listed(page);
    expect(ascii.length).toBeGreaterThan(0);
    await page.goto('/ja/timeline?q=ＩＰＣＰ');
    await appReady(page);
    expect(await listed(page)).toEqual(ascii);
  });
});

test('English readers never download the Japanese text; Japanese pages preload it and use the preload', async ({ page }) => {
  const fetched = [];
  const warnings = [];
  page.on('request', (request) => { if (/\/translations-[0-9a-f]+\.bin$/.test(request.url())) fetched.push(request.url()); });
  page.on('console', (msg) => { if (/preload/i.test(msg.text())) warnings.push(msg.text()); });
  await page.goto('/timeline');
  await appReady(page);
  await page.goto(`/events/${event.id}`);
  await appReady(page);
  expect(fetched).toEqual([]);
  await page.goto('/ja/timeline');
  await appReady(page);
  expect(fetched).toHaveLength(1);
  await expect(page.locator(`[data-event="${event.id}"] .card-title`)).toHaveText(JAPANESE);
  expect(warnings).toEqual([]);
});

test.describe('when the Japanese text cannot be loaded', () => {
  test.use({ expectedHttpErrors: ['/translations-'] });

  test('the edition still starts: Japanese interface, records in English, each saying so', async ({ page }) => {
    await page.route(/\/translations-[0-9a-f]+\.bin$/, (route) => route.fulfill({ status: 404, body: 'gone' }));
    await page.goto('/ja/timeline');
    await appReady(page);
    await expect(page.locator('main h1')).toHaveText(pageHead('/ja/timeline').h1);
    const card = page.locator(`[data-event="${event.id}"]`);
    await expect(card.locator('.card-title')).toHaveText(event.title);
    await expect(card.locator('.untranslated-note')).toBeVisible();
  });
});

test('the served HTML names its language and its alternates in both editions', async ({ request }) => {
  for (const [path, lang] of [['/ja/timeline', 'ja'], ['/timeline', 'en'], ['/ja/', 'ja'], ['/', 'en'], [`/ja/events/${event.id}`, 'ja']]) {
    const html = await (await request.get(path)).text();
    expect(html, path).toContain(`<html lang="${lang}">`);
    const view = path.replace(/^\/ja/, '') || '/';
    const english = view;
    const japanese = view === '/' ? '/ja/' : `/ja${view}`;
    // Absolute when the build was given the site's origin (scripts/test.sh gives one).
    const origin = html.match(/<link rel="canonical" href="(https?:\/\/[^/"]+)/)?.[1] ?? '';
    expect(html, path).toContain(`<link rel="alternate" hreflang="en" href="${origin}${english}">`);
    expect(html, path).toContain(`<link rel="alternate" hreflang="ja" href="${origin}${japanese}">`);
    expect(html, path).toContain(`<link rel="alternate" hreflang="x-default" href="${origin}${english}">`);
  }
  // The Japanese page is Japanese before any script runs.
  const html = await (await request.get('/ja/timeline')).text();
  expect(html).toContain(`<title>${pageHead('/ja/timeline').title}</title>`);
  expect(html).toContain(`data-event="${event.id}"`);
});

test.describe('a reader whose browser prefers Japanese', () => {
  test.use({ locale: 'ja-JP' });

  test('is offered the Japanese edition on the overview, not redirected, and the choice is kept', async ({ page }) => {
    await page.goto('/');
    await appReady(page);
    expect(new URL(page.url()).pathname).toBe('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const offer = page.locator('.edition-offer');
    await expect(offer).toBeVisible();
    await expect(offer).toHaveAttribute('lang', 'ja');
    // Declining remembers English: no offer on the next visit.
    await offer.getByRole('button').click();
    await expect(offer).toHaveCount(0);
    await page.reload();
    await appReady(page);
    await expect(page.locator('main h1')).toBeVisible();
    await expect(page.locator('.edition-offer')).toHaveCount(0);
  });

  test('follows the offer to the Japanese overview', async ({ page }) => {
    await page.goto('/');
    await appReady(page);
    await page.locator('.edition-offer a').click();
    await expect(page).toHaveURL(/\/ja\/$/);
    await appReady(page);
    await expect(page.locator('main h1')).toHaveText(pageHead('/ja/').h1);
  });
});

test('a reader whose browser prefers English is offered nothing', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await expect(page.locator('main h1')).toBeVisible();
  await expect(page.locator('.edition-offer')).toHaveCount(0);
});

test('having chosen Japanese with the switch, a reader is offered it on the English overview', async ({ page }) => {
  await page.goto('/ja/about');
  await appReady(page);
  await page.locator('.site-header .edition-switch').click();
  await appReady(page);
  await expect(page.locator('.edition-offer')).toHaveCount(0);
  await page.goto('/ja/');
  await appReady(page);
  await page.goto('/');
  await appReady(page);
  // English was the last choice (the switch from /ja/about): no offer.
  await expect(page.locator('.edition-offer')).toHaveCount(0);
  await page.locator('.site-header .edition-switch').click();
  await appReady(page);
  await page.goto('/');
  await appReady(page);
  await expect(page.locator('.edition-offer')).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a Japanese event page reads completely, quotes and reference translations included', async ({ page }) => {
    await page.goto(`/ja/events/${event.id}`);
    await expect(page.locator('main h1')).toHaveText(pageHead(`/ja/events/${event.id}`).h1);
    await expect(page.locator('figure.quote blockquote')).toHaveCount(event.evidence.length);
    await expect(page.locator('figure.quote .rendering').first()).toContainText('参考訳');
    await page.getByRole('navigation').getByRole('link', { name: 'テーマ' }).click();
    await expect(page).toHaveURL(/\/ja\/topics$/);
    await expect(page.locator('main h1')).toHaveText(pageHead('/ja/topics').h1);
  });
});

test('a newer dataset\'s record without a translation shows in English, with a note', async ({ page }) => {
  const newer = newerDataset({
    version: '9.0.0-test',
    copyOf: '2023-07-vilnius-summit',
    id: '2023-12-test-addition',
    date: '2023-12',
    title: 'An event only in the newer dataset',
  });
  await page.route('**/explorer-config.json', (route) => route.fulfill({ json: { datasetUrl: '/newer-dataset.json' } }));
  await page.route('**/newer-dataset.json', (route) => route.fulfill({ json: newer }));
  await page.goto('/ja/timeline');
  await appReady(page);
  const card = page.locator('[data-event="2023-12-test-addition"]');
  await expect(card).toBeVisible();
  await expect(card.locator('.card-title')).toHaveText('An event only in the newer dataset');
  await expect(card.locator('[lang="en"]').first()).toBeVisible();
  await expect(card.locator('.untranslated-note')).toContainText('英語で表示');
  // The records it has translations for stay Japanese.
  await expect(page.locator(`[data-event="${event.id}"] .card-title`)).toHaveText(JAPANESE);
  await expect(page.locator('.dataset-notice')).toContainText('9.0.0-test');
});

test('embedded, the Japanese chronology is compact and links to the full Japanese view', async ({ page }) => {
  await page.goto('/ja/timeline?embed=1&topic=cyber-defence');
  await appReady(page);
  await expect(page.locator('html')).toHaveClass(/embedded/);
  const bar = page.locator('.embed-bar');
  await expect(bar).toContainText(pageHead('/ja/').h1);
  await expect(bar.locator('a')).toHaveAttribute('href', /\/ja\/timeline\?topic=cyber-defence$/);
});

test('under a sub-path, offline after one visit, the Japanese pages are served as their own', async ({ page, context }) => {
  const base = '/research/japan-nato/';
  const server = await startServer({ root: 'dist-subpath', base, fallback: false });
  try {
    await page.goto(`${server.url}ja/timeline?topic=cyber-defence`);
    await appReady(page);
    await expect(page.locator('main h1')).toHaveText(pageHead('/ja/timeline').h1);
    await expect(page.locator('.site-header .edition-switch')).toHaveAttribute('href', `${base}timeline?topic=cyber-defence`);
    await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 15_000 });
    await context.setOffline(true);
    const route = `ja/events/${event.id}`;
    await page.goto(`${server.url}${route}`);
    await expect(page.locator('meta[name="explorer-page"]')).toHaveAttribute('content', route);
    await appReady(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(page.locator('main h1')).toHaveText(pageHead(`/ja/events/${event.id}`).h1);
  } finally {
    await context.setOffline(false);
    await server.close();
  }
});
