// A small static file server for the browser tests and the benchmark.
//
// As a module: `startServer({ root, port, host, base, csp, fallback, rewrite, compress })`
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
//
// `compress` (default off; the benchmark's phone profile turns it on) sends
// text files brotli-compressed (quality 11) to browsers that accept it, as a
// static host serving precompressed files would: each file is compressed
// once and kept in memory.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib } from 'node:zlib';

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

// What a host compresses: text, WebAssembly (which compresses about 3:1) and the build's compact data files (.bin).
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.wasm', '.bin', '.svg', '.webmanifest', '.txt']);
const brotli = promisify(brotliCompress);

/** Whether an Accept-Encoding header value admits brotli (and not with q=0). */
function acceptsBrotli(header = '') {
  return header.split(',').some((part) => {
    const [name, ...params] = part.trim().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return name.trim().toLowerCase() === 'br' && (!q || Number(q.slice(2)) > 0);
  });
}

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
  compress = false,
}) {
  let rootDir = resolve(root);
  // Compressed bodies by file, modification time and size: once per file.
  const compressed = new Map();
  const compressOnce = async (file, body) => {
    const info = await stat(file);
    const key = `${file}\0${info.mtimeMs}\0${info.size}`;
    if (!compressed.has(key)) {
      compressed.set(key, brotli(body, {
        params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length },
      }));
    }
    return compressed.get(key);
  };
  base = base.replace(/\/?$/, '/');
  // A request that fails (a file removed while it is read: a test's copy
  // of the build deleted as the server stops) answers 500 instead of
  // throwing out of the server, which would fail an unrelated test run.
  const server = createServer((req, res) =>
    serve(req, res).catch(() => {
      if (res.headersSent) res.destroy();
      else res.writeHead(500).end();
    }),
  );
  const serve = async (req, res) => {
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
    // Trunk writes the 64-bit hash as unpadded hex: 16 digits, fewer when it
    // starts with zeros (one build in sixteen has 15).
    const immutable = /-[0-9a-f]{8,16}(_bg)?\.[a-z]+$/.test(file)
      ? { 'cache-control': 'public, max-age=31536000, immutable' }
      : {};
    const type = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
    if (compress && COMPRESSIBLE.has(extname(file))) {
      type.vary = 'Accept-Encoding';
      if (acceptsBrotli(req.headers['accept-encoding'])) {
        body = await compressOnce(file, body);
        type['content-encoding'] = 'br';
      }
      type['content-length'] = body.length;
    }
    res.writeHead(status, { ...common, ...immutable, ...type });
    res.end(body);
  };
  return new Promise((ready) => {
    server.listen(port, host, () => {
      const origin = `http://${host}:${server.address().port}`;
      ready({
        origin,
        url: `${origin}${base}`,
        setRoot: (dir) => {
          rootDir = resolve(dir);
        },
        // Stops at once: open keep-alive connections are closed too, so a
        // browser cannot go on being served over one.
        close: () =>
          new Promise((done) => {
            server.close(done);
            server.closeAllConnections();
          }),
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
