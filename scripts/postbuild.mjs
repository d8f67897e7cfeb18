// Trunk post-build hook (see Trunk.toml): turns Trunk's output into a site
// that any static host can serve, under any base path, offline, under a
// strict Content-Security-Policy.
//
// 1. Replaces Trunk's inline loader script with an external, hashed
//    boot-*.js (no inline script anywhere).
// 2. Adds the manifest, touch icon and base-path links to the page head.
// 3. Writes an index.html for every route the dataset defines, and a
//    404.html, each with its own title and description (titles come from
//    the core crate, through its native `page-heads` binary, which does not
//    compile the view layer).
// 4. Writes explorer-config.json (deploy-time settings) unless present.
// 5. In release builds, generates the service worker from the files that
//    are actually there.
//
// Environment (set by Trunk): TRUNK_STAGING_DIR, TRUNK_PUBLIC_URL, TRUNK_PROFILE.
// Optional: EXPLORER_DATASET_URL, written into explorer-config.json;
// EXPLORER_ROUTE_PAGES=0 skips the per-route pages (the benchmark's
// synthetic builds, which would otherwise write 100,000 of them).
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('postbuild: TRUNK_STAGING_DIR is not set; run through trunk build');
const base = (process.env.TRUNK_PUBLIC_URL || '/').replace(/\/?$/, '/');
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
const boot = readFileSync(join(root, 'scripts/boot-template.js'), 'utf8')
  .replaceAll('__JS__', js)
  .replaceAll('__WASM__', wasm)
  .replaceAll('__OFFLINE__', String(release));
const bootName = `boot-${shortHash(boot)}.js`;
writeFileSync(join(staging, bootName), boot);
const integrity = `sha384-${sha('sha384', boot).toString('base64')}`;
html = html.replace(
  inline[0],
  `<script type="module" src="${base}${bootName}" integrity="${integrity}" crossorigin="anonymous"></script>`,
);

// --- 2. Head links ---------------------------------------------------------------
const headLinks = [
  `<meta name="explorer-base" content="${escapeHtml(base)}">`,
  `<link rel="manifest" href="${base}manifest.webmanifest">`,
  `<link rel="apple-touch-icon" href="${base}apple-touch-icon.png">`,
  `<meta property="og:type" content="website">`,
  `<meta property="og:title" content="">`,
  `<meta property="og:description" content="">`,
].join('');
html = html.replace(/<\/title>/, (end) => `${end}${headLinks}`);
// Release builds must run under the strict CSP. (`trunk serve` adds its own
// inline live-reload script to debug builds, which never meet a CSP.)
if (release && (/<script(?![^>]*\bsrc=)[^>]*>/.test(html) || /\sstyle=/.test(html))) {
  throw new Error('postbuild: index.html still has an inline script or style');
}

// --- 3. A page per route -----------------------------------------------------------
const heads = JSON.parse(
  execFileSync('cargo', ['run', '--quiet', '--locked', '-p', 'explorer-core', '--bin', 'page-heads'], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 }),
);
function pageFor(head) {
  const title = escapeHtml(head.title);
  const description = escapeHtml(head.description);
  return html
    .replace(/<title>[^<]*<\/title>/, `<title>${title}</title>`)
    .replace(/(<meta content=)("[^"]*"|[^ >]*)( name=description>)/, `$1"${description}"$3`)
    .replace(/(<meta name="description" content=)"[^"]*"/, `$1"${description}"`)
    .replace('<meta property="og:title" content="">', `<meta property="og:title" content="${title}">`)
    .replace('<meta property="og:description" content="">', `<meta property="og:description" content="${description}">`);
}
let pages = 0;
const routePages = process.env.EXPLORER_ROUTE_PAGES !== '0';
for (const head of heads.pages.filter((h) => routePages || h.path === '' || h.path === '404')) {
  const file = head.path === '' ? 'index.html' : head.path === '404' ? '404.html' : join(head.path, 'index.html');
  mkdirSync(dirname(join(staging, file)), { recursive: true });
  writeFileSync(join(staging, file), pageFor(head));
  pages += 1;
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
if (release) {
  const files = filesBelow(staging)
    .map((path) => relative(staging, path).split(sep).join('/'))
    .filter((path) => path !== 'sw.js' && !path.startsWith('.') && !path.endsWith('/index.html') && path !== '404.html')
    .sort();
  const build = shortHash(files.map((f) => `${f}:${shortHash(readFileSync(join(staging, f)))}`).join('\n'));
  const sw = readFileSync(join(root, 'scripts/sw-template.js'), 'utf8')
    .replace('__BUILD_ID__', build)
    .replace('__PRECACHE__', JSON.stringify(files));
  writeFileSync(join(staging, 'sw.js'), sw);
  console.log(`postbuild: ${pages} pages, service worker for build ${build} precaching ${files.length} files`);
} else {
  console.log(`postbuild: ${pages} pages (debug build: no service worker)`);
}
