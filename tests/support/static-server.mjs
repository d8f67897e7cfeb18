// A small static file server for the browser tests and the benchmark.
//
// As a module: `startServer({ root, port, host, base, csp, fallback, rewrite })`
// returns { url, origin, setRoot(dir), close() } — tests start their own
// servers on free ports and close them when done.
// As a command (Playwright's webServer):
//   node tests/support/static-server.mjs --root dist --port 4173 [--base /sub/] [--csp POLICY] [--no-fallback]
// It binds 127.0.0.1 (or --host localhost for a second origin) and stops with
// its parent.
//
// `fallback` (default on) answers paths that are not files with index.html,
// as a host's rewrite rule would; without it the server behaves like a plain
// static host: a directory's index.html, else 404.html with status 404.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

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

export function startServer({
  root,
  port = 0,
  host = '127.0.0.1',
  base = '/',
  csp = null,
  fallback = true,
  rewrite = [],
  headers = {},
}) {
  let rootDir = resolve(root);
  base = base.replace(/\/?$/, '/');
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
    const common = { 'cache-control': 'no-cache', ...headers };
    if (csp) common['content-security-policy'] = csp;
    if (!pathname.startsWith(base) && `${pathname}/` !== base) {
      res.writeHead(404, { ...common, 'content-type': TYPES['.txt'] }).end('not under the base path');
      return;
    }
    const relative = normalize(pathname.slice(base.length - 1)).replace(/^([/\\])+/, '');
    const candidate = join(rootDir, relative);
    if (candidate !== rootDir && !candidate.startsWith(rootDir + sep)) {
      res.writeHead(403, common).end('forbidden');
      return;
    }
    let file = await fileAt(candidate);
    let status = 200;
    if (!file && fallback && !extname(relative)) file = join(rootDir, 'index.html');
    if (!file) {
      status = 404;
      file = await fileAt(join(rootDir, '404.html'));
    }
    if (!file) {
      res.writeHead(404, { ...common, 'content-type': TYPES['.txt'] }).end('not found');
      return;
    }
    let body = await readFile(file);
    if (rewrite.length && ['.html', '.js'].includes(extname(file))) {
      let text = body.toString('utf8');
      for (const [from, to] of rewrite) text = text.replaceAll(from, to);
      body = Buffer.from(text);
    }
    // Hashed file names never change content: cache them for good, as a
    // production host would (the service worker's precache then reuses them).
    const immutable = /-[0-9a-f]{16}(_bg)?\.[a-z]+$/.test(file)
      ? { 'cache-control': 'public, max-age=31536000, immutable' }
      : {};
    res.writeHead(status, { ...common, ...immutable, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(body);
  });
  return new Promise((ready) => {
    server.listen(port, host, () => {
      const origin = `http://${host}:${server.address().port}`;
      ready({
        origin,
        url: `${origin}${base}`,
        setRoot: (dir) => {
          rootDir = resolve(dir);
        },
        close: () => new Promise((done) => server.close(done)),
      });
    });
  });
}

// --- Command line ---------------------------------------------------------------
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name) => {
    const at = args.indexOf(`--${name}`);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const running = await startServer({
    root: option('root') ?? 'dist',
    port: Number(option('port') ?? 4173),
    host: option('host') ?? '127.0.0.1',
    base: option('base') ?? '/',
    csp: option('csp') ?? null,
    fallback: !args.includes('--no-fallback'),
  });
  console.log(`serving at ${running.url}`);
  const stop = () => running.close().then(() => process.exit(0));
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, stop);
  process.stdin.on('close', stop);
}
