// The size budget: fails when the brotli size of what a first visit loads
// grows past bench/size-budget.json. The budget only ever goes down: when
// this reports room to spare, lower the budget in the same commit.
//
//   node scripts/check-size.mjs [dist]
//
// A first visit loads index.html (the prerendered overview), what it links
// (stylesheet, icon, the start, early search and boot scripts), what the
// boot script loads (the English edition's wasm-bindgen glue and
// WebAssembly module) and explorer-config.json. (The early search script
// loads its module and index only on a page with a chronology.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const budget = JSON.parse(readFileSync('bench/size-budget.json', 'utf8'));
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const base = html.match(/<meta name="explorer-base" content="([^"]*)">/)?.[1] ?? '/';

const linked = [...html.matchAll(/<(?:link|script)\b[^>]*>/g)]
  .map((tag) => tag[0])
  .filter((tag) => !/rel="?(manifest|apple-touch-icon|alternate)/.test(tag))
  .map((tag) => tag.match(/\b(?:href|src)="?([^" >]+)/)?.[1])
  .filter((url) => url && url.startsWith(base))
  .map((url) => url.slice(base.length));
// The boot script imports the glue and fetches the module by relative URL
// ('./name.js', './name_bg.wasm'); the page does not preload them. It names
// each edition's pair: an English page loads the English one (the Japanese
// edition's are app-ja-*).
const loaded = linked
  .filter((file) => /^boot-[^/]*\.js$/.test(file))
  .flatMap((boot) => [...readFileSync(join(dist, boot), 'utf8').matchAll(/'\.\/([^'\/]+\.(?:js|wasm))'/g)])
  .map((match) => match[1])
  .filter((file) => !file.startsWith('app-ja-'));
if (loaded.length !== 2) throw new Error(`check-size: expected the glue and the module in the boot script, found ${loaded.join(', ') || 'nothing'}`);
const files = ['index.html', ...new Set([...linked, ...loaded]), 'explorer-config.json'];

const brotli = (bytes) =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
let total = 0;
for (const file of files) {
  const size = brotli(readFileSync(join(dist, file)));
  total += size;
  console.log(`${String(size).padStart(9)}  ${file}`);
}
console.log(`${String(total).padStart(9)}  total, brotli (budget ${budget.first_visit_brotli_bytes})`);
if (total > budget.first_visit_brotli_bytes) {
  console.error(`size budget exceeded by ${total - budget.first_visit_brotli_bytes} bytes: bench/size-budget.json`);
  process.exit(1);
}
const room = budget.first_visit_brotli_bytes - total;
if (room > 1024) console.log(`${room} bytes under budget: lower bench/size-budget.json to ${total}`);
