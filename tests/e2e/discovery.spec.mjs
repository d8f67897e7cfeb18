// Found and shared: the sitemap lists every prerendered page once with its
// alternates, every page names its canonical address and a share image
// that exists at 1200×630, the about and event pages describe themselves in
// JSON-LD that parses and names the downloads, and none of it trips the
// strict CSP. The build under test was given an origin (scripts/test.sh).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { test, expect, appReady } from './fixtures.mjs';
import { startServer } from '../support/static-server.mjs';
import { bundledDataset } from '../support/dataset.mjs';

const data = bundledDataset();
const jaEvents = JSON.parse(readFileSync('data/ja/events.json', 'utf8'));
const event = data.events.find((e) => e.places.length > 0 && e.evidence.length > 1) ?? data.events[0];

/** Every prerendered page of a build: its file and the address it is served at below the base. */
function pagesOf(dist) {
  const files = (dir) =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : [path];
    });
  return files(dist)
    .map((path) => relative(dist, path).split(sep).join('/'))
    .filter((path) => path === 'index.html' || path.endsWith('/index.html'))
    .map((file) => {
      const dir = file.replace(/(^|\/)index\.html$/, '');
      // "ja" is the Japanese overview, at "/ja/"; every other page has no trailing slash.
      const path = dir === '' ? '/' : dir === 'ja' ? '/ja/' : `/${dir}`;
      return { file, path, html: readFileSync(join(dist, file), 'utf8') };
    });
}

const attribute = (html, pattern) => html.match(pattern)?.[1]?.replace(/&amp;/g, '&').replace(/&quot;/g, '"');
const canonicalIn = (html) => attribute(html, /<link rel="canonical" href="([^"]*)">/);
const metaIn = (html, property) => attribute(html, new RegExp(`<meta property="${property.replace(/[:]/g, '\\$&')}" content="([^"]*)">`));
const jsonLdIn = (html) => {
  const block = html.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)?.[1];
  return block === undefined ? undefined : JSON.parse(block);
};

/** The site's address, as the build was told it: from the home page's canonical link. */
function siteOf(dist, base) {
  const home = readFileSync(join(dist, 'index.html'), 'utf8');
  const canonical = canonicalIn(home);
  if (!canonical?.startsWith('https://')) {
    throw new Error(`${dist} was built without EXPLORER_SITE_ORIGIN (scripts/test.sh sets it): canonical ${canonical}`);
  }
  expect(canonical.endsWith(base)).toBe(true);
  return canonical;
}

/** The addresses of a sitemap (following an index) with each one's alternates. */
function sitemapOf(dist, site) {
  const text = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
  const files = text.includes('<sitemapindex')
    ? [...text.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1].replace(site, ''))
    : ['sitemap.xml'];
  return files.flatMap((file) =>
    [...readFileSync(join(dist, file), 'utf8').matchAll(/<url><loc>([^<]*)<\/loc><lastmod>([^<]*)<\/lastmod>(.*?)<\/url>/g)].map(
      ([, loc, lastmod, links]) => ({
        loc: loc.replace(/&amp;/g, '&'),
        lastmod,
        alternates: Object.fromEntries(
          [...links.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]*)"\/>/g)].map((m) => [m[1], m[2]]),
        ),
      }),
    ),
  );
}

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(bytes) {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

for (const [dist, base] of [['dist', '/'], ['dist-subpath', '/research/japan-nato/']]) {
  test.describe(`the build in ${dist}/`, () => {
    const pages = pagesOf(dist);
    const site = siteOf(dist, base);
    const address = (path) => `${site}${path.replace(/^\//, '')}`;

    test('the sitemap lists every prerendered page exactly once, with its alternates and the data date', () => {
      const entries = sitemapOf(dist, site);
      const locs = entries.map((e) => e.loc);
      expect(new Set(locs).size, 'no address twice').toBe(locs.length);
      expect(locs.sort()).toEqual(pages.map((p) => address(p.path)).sort());
      expect(pages.length).toBeGreaterThan(2 * data.events.length);
      for (const entry of entries) {
        expect(entry.lastmod).toBe(data.meta.date);
        const view = entry.loc.slice(site.length - 1).replace(/^\/ja(\/|$)/, '/');
        const english = address(view);
        const japanese = address(view === '/' ? '/ja/' : `/ja${view}`);
        expect(entry.alternates, entry.loc).toEqual({ en: english, ja: japanese, 'x-default': english });
      }
      const robots = readFileSync(join(dist, 'robots.txt'), 'utf8');
      expect(robots).toContain(`Sitemap: ${site}sitemap.xml`);
    });

    test("every page's canonical address is its own and in the sitemap; the not-found pages have none", () => {
      const listed = new Set(sitemapOf(dist, site).map((e) => e.loc));
      for (const page of pages) {
        const canonical = canonicalIn(page.html);
        expect(canonical, page.file).toBe(address(page.path));
        expect(listed.has(canonical), page.file).toBe(true);
        expect(metaIn(page.html, 'og:url'), page.file).toBe(canonical);
      }
      for (const notFound of ['404.html', 'ja/404.html']) {
        expect(canonicalIn(readFileSync(join(dist, notFound), 'utf8')), notFound).toBeUndefined();
      }
    });

    test('every og:image exists and is 1200×630, with its size and alt text in the tags', () => {
      const images = new Map();
      for (const page of [...pages, { file: '404.html', html: readFileSync(join(dist, '404.html'), 'utf8') }]) {
        const image = metaIn(page.html, 'og:image');
        expect(image, page.file).toMatch(new RegExp(`^${site.replace(/[.]/g, '\\.')}share/[a-z]{2}-[a-z0-9-]+-[0-9a-f]{16}\\.png$`));
        expect(metaIn(page.html, 'og:image:width'), page.file).toBe('1200');
        expect(metaIn(page.html, 'og:image:height'), page.file).toBe('630');
        expect(metaIn(page.html, 'og:image:alt')?.length, page.file).toBeGreaterThan(10);
        expect(page.html, page.file).toContain('<meta name="twitter:card" content="summary_large_image">');
        images.set(image, page.file);
      }
      for (const [image, page] of images) {
        const file = join(dist, image.slice(site.length));
        expect(existsSync(file), `${image} (from ${page})`).toBe(true);
        expect(pngSize(readFileSync(file)), image).toEqual({ width: 1200, height: 630 });
      }
      // An event has a card of its own in each edition; other pages share the site's.
      const find = (path) => pages.find((p) => p.path === path).html;
      const en = metaIn(find(`/events/${event.id}`), 'og:image');
      const ja = metaIn(find(`/ja/events/${event.id}`), 'og:image');
      expect(en).toContain(`/share/en-event-${event.id}-`);
      expect(ja).toContain(`/share/ja-event-${event.id}-`);
      expect(metaIn(find(`/story/${event.id}`), 'og:image')).toBe(en);
      expect(metaIn(find('/timeline'), 'og:image')).toContain('/share/en-site-');
      expect(metaIn(find(`/topics/${data.topics[0].id}`), 'og:image')).toContain(`/share/en-topic-${data.topics[0].id}-`);
      // The alt text says what the card says, in the page's language.
      expect(metaIn(find(`/events/${event.id}`), 'og:image:alt')).toContain(event.title);
      expect(metaIn(find(`/ja/events/${event.id}`), 'og:image:alt')).toContain(jaEvents[event.id].title);
    });

    test('the Japanese pages name their locale, the other edition and the Japanese site', () => {
      const ja = pages.find((p) => p.path === `/ja/events/${event.id}`).html;
      expect(metaIn(ja, 'og:locale')).toBe('ja_JP');
      expect(metaIn(ja, 'og:locale:alternate')).toBe('en_GB');
      expect(metaIn(ja, 'og:site_name')).toBe('日NATOパートナーシップ・エクスプローラー');
      const en = pages.find((p) => p.path === `/events/${event.id}`).html;
      expect(metaIn(en, 'og:locale')).toBe('en_GB');
      expect(metaIn(en, 'og:locale:alternate')).toBe('ja_JP');
      expect(metaIn(en, 'og:site_name')).toBe('Japan–NATO Partnership Explorer');
    });

    test('the about pages describe the dataset in JSON-LD that names the downloads, which exist', () => {
      for (const [path, lang] of [['/about', 'en'], ['/ja/about', 'ja']]) {
        const dataset = jsonLdIn(pages.find((p) => p.path === path).html);
        expect(dataset['@context']).toBe('https://schema.org');
        expect(dataset['@type']).toBe('Dataset');
        expect(dataset.version).toBe(data.meta.version);
        expect(dataset.license).toBe(data.meta.license);
        expect(dataset.creator.name.length).toBeGreaterThan(0);
        expect(dataset.inLanguage).toBe(lang);
        expect(dataset.url).toBe(address(path));
        const years = data.events.flatMap((e) => (e.date.match(/\d{4}/g) ?? []).map(Number));
        expect(dataset.temporalCoverage).toBe(`${Math.min(...years)}/${Math.max(...years)}`);
        expect(dataset.isBasedOn.map((s) => s.name).sort()).toEqual(data.sources.map((s) => s.title).sort());
        const formats = Object.fromEntries(dataset.distribution.map((d) => [d.encodingFormat, d.contentUrl]));
        expect(Object.keys(formats).sort()).toEqual(['application/json', 'text/csv']);
        const json = JSON.parse(readFileSync(join(dist, formats['application/json'].slice(site.length)), 'utf8'));
        expect(json.events.map((e) => e.id).sort()).toEqual(data.events.map((e) => e.id).sort());
        expect(formats['application/json']).toBe(`${site}downloads/events-${lang}.json`);
        const csv = readFileSync(join(dist, formats['text/csv'].slice(site.length)), 'utf8');
        expect(csv.trimEnd().split('\r\n').length).toBeGreaterThan(data.events.length);
      }
    });

    test('an event page describes the event in JSON-LD, citing its sources', () => {
      const ld = jsonLdIn(pages.find((p) => p.path === `/events/${event.id}`).html);
      expect(ld['@type']).toBe('WebPage');
      expect(ld.url).toBe(address(`/events/${event.id}`));
      expect(ld.about['@type']).toBe('Event');
      expect(ld.about.name).toBe(event.title);
      expect(ld.about.location.map((p) => p.name).sort()).toEqual(
        event.places.map((id) => data.places.find((p) => p.id === id).name).sort(),
      );
      const cited = [...new Set(event.evidence.map((e) => e.source))].map((id) => data.sources.find((s) => s.id === id).title);
      expect(ld.citation.map((c) => c.name).sort()).toEqual(cited.sort());
      expect(ld.isPartOf['@type']).toBe('Dataset');
      // Only the about and event pages carry structured data.
      expect(jsonLdIn(pages.find((p) => p.path === '/timeline').html)).toBeUndefined();
    });
  });
}

test('after a navigation in the app, the canonical address follows the page shown, without its query', async ({ page }) => {
  const site = siteOf('dist', '/');
  // A search the event answers: the canonical address still has no query.
  await page.goto(`/timeline?q=${encodeURIComponent(event.title.split(' ').slice(0, 2).join(' '))}`);
  await appReady(page);
  const canonical = page.locator('link[rel="canonical"]');
  await expect(canonical).toHaveAttribute('href', `${site}timeline`);
  await page.locator(`main a[href="/events/${event.id}"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`/events/${event.id}$`));
  await expect(page.locator('main h1')).toHaveText(event.title);
  await expect(canonical).toHaveAttribute('href', `${site}events/${event.id}`);
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', `${site}events/${event.id}`);
});

test.describe('under the strict CSP, embedded', () => {
  const BASE = '/research/japan-nato/';
  const csp =
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
    "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'self'";
  let app;
  test.beforeAll(async () => {
    app = await startServer({ root: 'dist-subpath', base: BASE, fallback: false, csp });
  });
  test.afterAll(async () => {
    await app?.close();
  });

  test('the JSON-LD pages start with no CSP violation, and an embed keeps the canonical address', async ({ page }) => {
    // The fixture fails the test on any `securitypolicyviolation` event.
    const site = siteOf('dist-subpath', BASE);
    for (const path of ['about', `events/${event.id}`, `ja/events/${event.id}`]) {
      await page.goto(`${app.url}${path}?embed=1`);
      await appReady(page);
      expect(JSON.parse(await page.locator('script[type="application/ld+json"]').textContent())['@context']).toBe('https://schema.org');
      // Embedded (and with a query), the page still points search engines at its own address.
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${site}${path}`);
      await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', `${site}${path}`);
    }
  });
});
