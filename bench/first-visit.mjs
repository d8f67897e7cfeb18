// Where each byte of a first visit goes: every file a page loads on a first
// visit with an empty cache (the page, what it links, the glue and module
// the boot script loads for the page's edition, the early search's module
// and index on a page with a chronology, explorer-config.json), raw and brotli (quality 11),
// as a Markdown table. A measurement for bench/results/latest.md, not a test
// (scripts/check-size.mjs holds the budget).
//
//   node bench/first-visit.mjs [dist] [page ...]     e.g. bench/dist/real timeline/index.html
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const [dist = 'dist', ...pages] = process.argv.slice(2);
const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
const generic = (file) => file.replace(/-[0-9a-f]{8,16}(?=[._])/, '-…');

for (const page of pages.length ? pages : ['index.html', 'timeline/index.html']) {
  const html = readFileSync(join(dist, page), 'utf8');
  const base = html.match(/<meta name="explorer-base" content="([^"]*)">/)?.[1] ?? '/';
  const linked = [...html.matchAll(/<(?:link|script)\b[^>]*>/g)]
    .map((tag) => tag[0])
    .filter((tag) => !/rel="?(manifest|apple-touch-icon|alternate|canonical)/.test(tag))
    .map((tag) => tag.match(/\b(?:href|src)="?([^" >]+)/)?.[1])
    .filter((url) => url && url.startsWith(base))
    .map((url) => url.slice(base.length));
  const script = (pattern) => linked.filter((f) => pattern.test(f)).map((f) => readFileSync(join(dist, f), 'utf8'));
  const ja = /<html lang="ja"/.test(html);
  // The boot script names each edition's glue and module; a page loads its edition's.
  const boot = script(/^boot-/).flatMap((text) => [...text.matchAll(/'\.\/([^'/]+\.(?:js|wasm))'/g)].map((m) => m[1]))
    .filter((f) => f.startsWith('app-ja-') === ja);
  const chronology = /<ol class="chronology"/.test(html) && /<search[^>]*class="filter-panel/.test(html);
  const lang = ja ? 'ja' : 'en';
  const early = chronology
    ? script(/^early-search-/).flatMap((text) => [...text.matchAll(new RegExp(`(?:early-search|event-index)-${lang}-[0-9a-f]+\\.(?:wasm|bin)`, 'g'))].map((m) => m[0]))
    : [];
  const files = [page, ...new Set([...linked, ...early, ...boot]), 'explorer-config.json'];
  let raw = 0;
  let compressed = 0;
  console.log(`First visit of \`${page.replace(/index\.html$/, '') || '/'}\` (${dist}):\n`);
  console.log('| file | raw | brotli |\n| --- | --- | --- |');
  for (const file of files) {
    const bytes = readFileSync(join(dist, file));
    const size = brotli(bytes);
    raw += bytes.length;
    compressed += size;
    console.log(`| ${generic(file)} | ${kb(bytes.length)} | ${kb(size)} |`);
  }
  console.log(`| **total** | ${kb(raw)} | ${kb(compressed)} |\n`);
}
