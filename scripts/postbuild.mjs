// Trunk post-build hook (see Trunk.toml): turns Trunk's output into a site
// that any static host can serve, under any base path, offline, under a
// strict Content-Security-Policy.
//
// 1. Minifies the wasm-bindgen glue (release builds); replaces Trunk's
//    inline loader script with an external, hashed boot-*.js (no inline
//    script anywhere), and adds the start script that marks the page
//    before it paints (start-*.js, a classic script), and the early search
//    (early-search-*.js and its module and indexes), which answers a
//    prerendered chronology before the app has started.
// 2. Adds the manifest, touch icon and base-path links to the page head.
// 3. Prerenders every route the dataset defines, in English and under ja/
//    in Japanese, and a 404.html for each edition, with the
//    app's own components (the native `prerender` tool of this crate, built
//    with the `ssr` feature): each page is finished HTML with its own
//    title and description, which the app takes over when it starts.
// 4. Writes explorer-config.json (deploy-time settings) unless present.
// 5. In release builds, generates the service worker from the files that
//    are actually there.
//
// Environment (set by Trunk): TRUNK_STAGING_DIR, TRUNK_PUBLIC_URL, TRUNK_PROFILE.
// Optional: EXPLORER_DATASET_URL, written into explorer-config.json;
// EXPLORER_SITE_ORIGIN ("https://example.org"), which makes the pages'
// addresses absolute (canonical, hreflang alternates, share images), as
// search engines and link previews want them, and writes sitemap.xml and
// robots.txt.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('postbuild: TRUNK_STAGING_DIR is not set; run through trunk build');
const base = (process.env.TRUNK_PUBLIC_URL || '/').replace(/\/?$/, '/');
// Fills a template's placeholders with literal text: String.replace would
// read `$&` or `$'` in a value (a dataset's text, say) as a pattern.
const fill = (template, values) =>
  Object.entries(values).reduce((text, [placeholder, value]) => text.split(placeholder).join(value), template);
const release = process.env.TRUNK_PROFILE === 'release';

const sha = (algorithm, data) => createHash(algorithm).update(data).digest();
const shortHash = (data) => sha('sha256', data).toString('hex').slice(0, 16);
const escapeHtml = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// --- 1. The boot script -------------------------------------------------------
const indexPath = join(staging, 'index.html');
let html = readFileSync(indexPath, 'utf8');
const inline = html.match(/<script type=("?)module\1>([\s\S]*?)<\/script>/);
if (!inline) throw new Error('postbuild: Trunk\'s inline loader script was not found in index.html');
const js = inline[2].match(/from\s+'[^']*?([^/']+\.js)'/)?.[1];
const wasm = inline[2].match(/([^/'"]+_bg\.wasm)/)?.[1];
if (!js || !wasm) throw new Error('postbuild: cannot find the JS and WASM file names in the loader');
// Trunk's minifier (minify-js) stops at the glue's `export { … as default }`
// and leaves the whole file as it is; terser, maintained and complete,
// minifies it in release builds.
if (release) {
  const gluePath = join(staging, js);
  const glue = await minify(readFileSync(gluePath, 'utf8'), { module: true, compress: { passes: 2 }, mangle: true });
  if (!glue.code) throw new Error(`postbuild: terser returned nothing for ${js}`);
  writeFileSync(gluePath, glue.code);
}
// The Japanese edition's module: Trunk builds the English edition's
// (index.html: the `english` feature); this is the same app with the
// `japanese` feature, so neither edition's readers download the other's
// interface strings. Built like Trunk builds its own: wasm-bindgen's web
// glue, wasm-opt -Oz with the same features, the glue minified.
const targetDir = process.env.CARGO_TARGET_DIR || join(root, 'target');
const wasmOpt = join(root, 'node_modules/.bin/wasm-opt');
const WASM_FEATURES = ['--enable-bulk-memory', '--enable-bulk-memory-opt', '--enable-nontrapping-float-to-int', '--enable-sign-ext', '--enable-reference-types', '--enable-multivalue', '--enable-mutable-globals'];
const profileDir = release ? 'release' : 'debug';
execFileSync(
  'cargo',
  ['build', '--quiet', '--locked', ...(release ? ['--release'] : []), '--target', 'wasm32-unknown-unknown',
    '--no-default-features', '--features', 'csr,japanese', '--bin', 'japan-nato-explorer'],
  { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] },
);
const bindgenOut = mkdtempSync(join(os.tmpdir(), 'explorer-ja-'));
execFileSync('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', bindgenOut, '--out-name', 'app-ja',
  join(targetDir, 'wasm32-unknown-unknown', profileDir, 'japan-nato-explorer.wasm')]);
if (release) {
  execFileSync(wasmOpt, [join(bindgenOut, 'app-ja_bg.wasm'), '-Oz', ...WASM_FEATURES, '-o', join(bindgenOut, 'app-ja_bg.wasm')]);
}
let jaGlue = readFileSync(join(bindgenOut, 'app-ja.js'), 'utf8');
if (release) {
  const minified = await minify(jaGlue, { module: true, compress: { passes: 2 }, mangle: true });
  if (!minified.code) throw new Error('postbuild: terser returned nothing for the Japanese glue');
  jaGlue = minified.code;
}
const jaModule = readFileSync(join(bindgenOut, 'app-ja_bg.wasm'));
rmSync(bindgenOut, { recursive: true });
const jaWasm = `app-ja-${shortHash(jaModule)}_bg.wasm`;
const jaJs = `app-ja-${shortHash(jaGlue)}.js`;
writeFileSync(join(staging, jaWasm), jaModule);
writeFileSync(join(staging, jaJs), jaGlue);

const boot = fill(readFileSync(join(root, 'scripts/boot-template.js'), 'utf8'), {
  __JS_JA__: jaJs,
  __WASM_JA__: jaWasm,
  __JS__: js,
  __WASM__: wasm,
  __OFFLINE__: String(release),
});
const bootName = `boot-${shortHash(boot)}.js`;
writeFileSync(join(staging, bootName), boot);
const integrity = (data) => `sha384-${sha('sha384', data).toString('base64')}`;
html = html.replace(
  inline[0],
  () => `<script type="module" src="${base}${bootName}" integrity="${integrity(boot)}" crossorigin="anonymous"></script>`,
);
// The glue and the WebAssembly are fetched by the boot script once the page
// has its stylesheet: preloading them would take bandwidth from what the
// first paint needs, on a slow connection.
html = html.replace(/<link[^>]*\brel=("?)(modulepreload|preload)\1[^>]*>/g, '');

// What the dataset gives the build, from the core crate's one tool, in one
// run: the page heads, the Japanese text and each edition's event index.
const fromData = join(staging, '.build-files');
const origin = (process.env.EXPLORER_SITE_ORIGIN || '').replace(/\/+$/, '');
execFileSync('cargo', ['run', '--quiet', '--locked', '-p', 'explorer-core', '--bin', 'build-files', '--',
  '--out', fromData, '--site', `${origin}${base}`],
{ cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
const dataFile = (name) => readFileSync(join(fromData, name));
const heads = JSON.parse(dataFile('page-heads.json').toString('utf8'));
const start = fill(readFileSync(join(root, 'scripts/start-template.js'), 'utf8'), {
  __FILTER_KEYS__: JSON.stringify(heads.filterKeys),
  __EMBED_ON__: JSON.stringify(heads.embedOn),
});
const startName = `start-${shortHash(start)}.js`;
writeFileSync(join(staging, startName), start);

// The Japanese edition's text, compact, in a hashed file of its own: only
// the Japanese edition loads it (its pages preload it), so English readers
// never download it.
const translations = dataFile('translations.bin');
const translationsName = `translations-${shortHash(translations)}.bin`;
writeFileSync(join(staging, translationsName), translations);

// The early search (crates/early-search): the core's filters and search as
// a small module of their own, with each edition's event index, so a
// prerendered chronology answers the reader before the app has started.
// Each edition's pages get a build with that edition's words alone (the
// count it writes), as with the app's modules.
const smallModule = (crate, features = [], label = crate) => {
  execFileSync(
    'cargo',
    ['build', '--quiet', '--locked', '--release', '--target', 'wasm32-unknown-unknown', '-p', crate,
      ...(features.length ? ['--no-default-features', '--features', features.join(',')] : [])],
    { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  const built = join(targetDir, 'wasm32-unknown-unknown/release', `${crate.replace('-', '_')}.wasm`);
  const optimised = join(staging, `.${crate}.wasm`);
  if (existsSync(wasmOpt)) {
    execFileSync(wasmOpt, [built, '-Oz', '--strip-debug', '--strip-producers', ...WASM_FEATURES, '-o', optimised]);
  } else {
    console.log(`postbuild: note: wasm-opt (npm binaryen) is not installed; ${crate} is left unoptimised`);
    writeFileSync(optimised, readFileSync(built));
  }
  const bytes = readFileSync(optimised);
  rmSync(optimised);
  const name = `${label}-${shortHash(bytes)}.wasm`;
  writeFileSync(join(staging, name), bytes);
  return name;
};
const earlyModuleNames = {
  en: smallModule('early-search', ['english'], 'early-search-en'),
  ja: smallModule('early-search', ['japanese'], 'early-search-ja'),
};
// The dataset checker (crates/dataset-check): the JSON parser and the
// validator, which the app loads only when explorer-config.json names a
// newer dataset.
const datasetCheckName = smallModule('dataset-check');
const eventIndexNames = {};
for (const lang of ['en', 'ja']) {
  const index = dataFile(`event-index-${lang}.bin`);
  eventIndexNames[lang] = `event-index-${lang}-${shortHash(index)}.bin`;
  writeFileSync(join(staging, eventIndexNames[lang]), index);
}
// The map's land and borders (drawn by build-files from Natural Earth):
// pictures under fixed names, which only the pages that show a map load.
for (const name of ['world-map.svg', 'locator-map.svg']) {
  writeFileSync(join(staging, name), dataFile(name));
}
// The whole chronology as JSON and CSV, in each edition, under fixed names
// (the about page's structured data names them as the dataset's
// distributions); not precached.
mkdirSync(join(staging, 'downloads'), { recursive: true });
for (const name of readdirSync(join(fromData, 'downloads'))) {
  writeFileSync(join(staging, 'downloads', name), dataFile(join('downloads', name)));
}
rmSync(fromData, { recursive: true });
let early = fill(readFileSync(join(root, 'scripts/early-search-template.js'), 'utf8'), {
  __FILES__: JSON.stringify({ module: earlyModuleNames, index: eventIndexNames }),
});
if (release) {
  const minified = await minify(early, { module: true, compress: { passes: 2 }, mangle: true });
  if (!minified.code) throw new Error('postbuild: terser returned nothing for the early search script');
  early = minified.code;
}
const earlyName = `early-search-${shortHash(early)}.js`;
writeFileSync(join(staging, earlyName), early);
// Before the boot script, so that its few kilobytes are asked for before
// the app's module.
html = html.replace(
  /<script type="module" src="[^"]*boot-/,
  (bootTag) => `<script type="module" src="${base}${earlyName}" integrity="${integrity(early)}" crossorigin="anonymous"></script>${bootTag}`,
);
if (!html.includes(earlyName)) throw new Error('postbuild: could not place the early search script before the boot script');

// --- 2. Head links ---------------------------------------------------------------
const headLinks = [
  `<meta name="explorer-base" content="${escapeHtml(base)}">`,
  `<meta name="explorer-page" content="%PAGE%">`,
  `<meta name="explorer-translations" content="${escapeHtml(base)}${translationsName}">`,
  `<meta name="explorer-dataset-check" content="${escapeHtml(base)}${datasetCheckName}">`,
  // After the two metas it reads, before anything paints.
  `<script src="${base}${startName}" integrity="${integrity(start)}" crossorigin="anonymous"></script>`,
  `<link rel="manifest" href="${base}manifest.webmanifest">`,
  `<link rel="apple-touch-icon" href="${base}apple-touch-icon.png">`,
  `<meta property="og:type" content="website">`,
  `<meta property="og:locale" content="%LOCALE%">`,
  // The page in each edition (English, Japanese, and English as x-default).
  `%ALTERNATES%`,
  `%EDITION_HEAD%`,
  `<meta property="og:title" content="%TITLE%">`,
  `<meta property="og:description" content="%DESCRIPTION%">`,
  // The canonical address, og:url, og:site_name, the share image.
  `%SHARE%`,
  `%STRUCTURED_DATA%`,
].join('');
html = html.replace(/<\/title>/, (end) => `${end}${headLinks}`);
// Release builds must run under the strict CSP. (`trunk serve` adds its own
// inline live-reload script to debug builds, which never meet a CSP.)
if (release && (/<script(?![^>]*\bsrc=)[^>]*>/.test(html) || /\sstyle=/.test(html))) {
  throw new Error('postbuild: index.html still has an inline script or style');
}

// --- 3. A page per route, prerendered ------------------------------------------------
// The template: the page with placeholders the prerender tool fills in.
html = html
  .replace(/<html lang=("?)en\1>/, '<html lang="%LANG%">')
  .replace(/<title>[^<]*<\/title>/, '<title>%TITLE%</title>')
  .replace(/(<meta content=)("[^"]*"|[^ >]*)( name=description>)/, '$1"%DESCRIPTION%"$3')
  .replace(/(<meta name="description" content=)"[^"]*"/, '$1"%DESCRIPTION%"')
  .replace(/<body>[\s\S]*<\/body>/, '<body><div id="app">%APP%</div></body>');
if (!html.includes('<html lang="%LANG%">')) throw new Error('postbuild: index.html has no <html lang="en"> to set per edition');
if (!html.includes('<div id="app">%APP%</div>')) throw new Error('postbuild: index.html has no <body> to prerender into');
const templatePath = join(staging, '.page-template.html');
writeFileSync(templatePath, html);

// Each page's share image (crates/share-images): drawn from the data in
// both editions, named by hash like the other files, under share/.
const cardsOut = mkdtempSync(join(os.tmpdir(), 'explorer-cards-'));
const cards = JSON.parse(
  execFileSync('cargo', ['run', '--quiet', '--locked', '--release', '-p', 'share-images', '--', '--out', cardsOut],
    { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }),
);
mkdirSync(join(staging, 'share'), { recursive: true });
const shareImages = {};
for (const [lang, files] of Object.entries(cards.cards)) {
  shareImages[lang] = {};
  for (const [card, file] of Object.entries(files)) {
    const bytes = readFileSync(join(cardsOut, file));
    const name = `share/${file.replace(/\.png$/, '')}-${shortHash(bytes)}.png`;
    writeFileSync(join(staging, name), bytes);
    shareImages[lang][card] = name;
  }
}
rmSync(cardsOut, { recursive: true });
const shareImagesPath = join(staging, '.share-images.json');
writeFileSync(shareImagesPath, JSON.stringify(shareImages));
const prerender = JSON.parse(
  execFileSync(
    'cargo',
    ['run', '--quiet', '--locked', '--no-default-features', '--features', 'ssr', '--bin', 'prerender', '--',
      '--template', templatePath, '--out', staging, '--base', base, '--translations', translationsName,
      '--share-images', shareImagesPath, ...(origin ? ['--origin', origin] : [])],
    { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  ),
);
rmSync(templatePath);
rmSync(shareImagesPath);
const pages = prerender.pages;
console.log(`postbuild: ${cards.images} share images drawn in ${cards.seconds.toFixed(1)} s`);
if (release && !origin) {
  console.log('postbuild: note: no EXPLORER_SITE_ORIGIN, so no sitemap.xml or robots.txt, and root-relative canonical, hreflang and og:image addresses; search engines and link previews want absolute ones: build with EXPLORER_SITE_ORIGIN=https://your.host');
} else if (origin && base !== '/') {
  console.log(`postbuild: note: crawlers read robots.txt only at the host's root: add "Sitemap: ${origin}${base}sitemap.xml" to ${origin}/robots.txt`);
}

// --- 4. Deploy-time configuration ------------------------------------------------------
const configPath = join(staging, 'explorer-config.json');
if (!existsSync(configPath)) {
  const config = {
    _comment:
      'Deploy-time settings. datasetUrl: the address (same origin as the app) of a newer dataset in the same schema, or null.',
    datasetUrl: process.env.EXPLORER_DATASET_URL || null,
  };
  writeFileSync(configPath, `${JSON.stringify(config, null, 2)}\n`);
}

// --- 5. The service worker ---------------------------------------------------------------
function filesBelow(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesBelow(path) : [path];
  });
}
// Past this many pages, the service worker precaches only the top-level
// pages and caches the others as they are visited (README, "Offline").
const PAGE_PRECACHE_LIMIT = 5000;
if (release) {
  const isPage = (path) => path === 'index.html' || path === '404.html' || path.endsWith('/index.html');
  const allPages = pages <= PAGE_PRECACHE_LIMIT;
  const files = filesBelow(staging)
    .map((path) => relative(staging, path).split(sep).join('/'))
    .filter((path) => path !== 'sw.js' && !path.startsWith('.'))
    // For crawlers and researchers, not for reading offline.
    .filter((path) => !/^(share|downloads)\//.test(path) && !/^(sitemap(-\d+)?\.xml|robots\.txt)$/.test(path))
    .filter((path) => !isPage(path) || allPages || path.replace(/^ja\//, '').split('/').length <= 2)
    .sort();
  const build = shortHash(files.map((f) => `${f}:${shortHash(readFileSync(join(staging, f)))}`).join('\n'));
  const sw = fill(readFileSync(join(root, 'scripts/sw-template.js'), 'utf8'), {
    __BUILD_ID__: build,
    __PRECACHE__: JSON.stringify(files),
    __ALL_PAGES__: String(allPages),
  });
  writeFileSync(join(staging, 'sw.js'), sw);
  console.log(
    `postbuild: ${pages} pages prerendered in ${prerender.seconds.toFixed(1)} s (largest: ${prerender.largest.file}, ${prerender.largest.bytes} bytes); ` +
      `service worker for build ${build} precaching ${files.length} files${allPages ? '' : ' (pages: top level only, the rest as visited)'}`,
  );
} else {
  console.log(`postbuild: ${pages} pages (debug build: no service worker)`);
}
