// A small static file server for the browser tests: serves a built `dist/`
// on 127.0.0.1 under an optional base path, with single-page-app fallback to
// index.html for paths that are not files (as a host's rewrite rule would).
//
//   node tests/support/static-server.mjs --root dist --port 4173 [--base /sub/path/]
//
// It stops by itself when its parent (Playwright) goes away.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, i, all) => {
    if (arg.startsWith('--')) pairs.push([arg.slice(2), all[i + 1]]);
    return pairs;
  }, []),
);
const root = resolve(args.root ?? 'dist');
const port = Number(args.port ?? 4173);
const host = args.host ?? '127.0.0.1';
const base = (args.base ?? '/').replace(/\/?$/, '/');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

async function fileAt(path) {
  try {
    const info = await stat(path);
    if (info.isFile()) return path;
    if (info.isDirectory()) return fileAt(join(path, 'index.html'));
  } catch {
    // Not there: the caller decides what to serve instead.
  }
  return null;
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', `http://${host}`);
  let pathname;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    // Not valid percent-encoding: no file has such a name, so it is a
    // route for the app to judge, as a host's fallback rule would do.
    pathname = url.pathname;
  }
  if (!pathname.startsWith(base) && `${pathname}/` !== base) {
    res.writeHead(404, { 'content-type': TYPES['.txt'] }).end('not under the base path');
    return;
  }
  const relative = normalize(pathname.slice(base.length - 1)).replace(/^([/\\])+/, '');
  const candidate = join(root, relative);
  if (candidate !== root && !candidate.startsWith(root + sep)) {
    res.writeHead(403).end('forbidden');
    return;
  }
  let file = await fileAt(candidate);
  let status = 200;
  if (!file && !extname(relative)) {
    // A route of the app, not a file: hand it the shell.
    file = join(root, 'index.html');
  }
  if (!file) {
    status = 404;
    file = (await fileAt(join(root, '404.html'))) ?? null;
  }
  if (!file) {
    res.writeHead(404, { 'content-type': TYPES['.txt'] }).end('not found');
    return;
  }
  const body = await readFile(file);
  res.writeHead(status, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
  });
  res.end(body);
});

server.listen(port, host, () => {
  console.log(`serving ${root} at http://${host}:${port}${base}`);
});
// Stop with the test runner, whichever way it ends.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => server.close(() => process.exit(0)));
process.stdin.on('close', () => process.exit(0));
