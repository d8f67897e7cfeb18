// What the tests compare the pages with, taken from the Rust core rather
// than written again here: the title and description the app defines for
// each page, the bundled dataset as one document, and synthetic datasets of
// any size (all through the core crate's native tools, compiled once).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SECTIONS = ['meta', 'sources', 'events', 'topics', 'actors', 'places', 'eras', 'perspectives', 'glossary', 'story'];

function coreTool(bin, env = {}, args = []) {
  return execFileSync('cargo', ['run', '--quiet', '--locked', '-p', 'explorer-core', '--bin', bin, '--', ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, ...env },
  });
}

/** The page heads the build writes (the core's build-files tool). */
function readPageHeads() {
  const dir = mkdtempSync(join(tmpdir(), 'explorer-heads-'));
  try {
    coreTool('build-files', {}, ['--out', dir]);
    return JSON.parse(readFileSync(join(dir, 'page-heads.json'), 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

let heads;
/**
 * The head of the page at an app path ("/", "/timeline", "/events/x", "/ja/timeline"; anything
 * unknown is the not-found page of its edition).
 */
export function pageHead(path) {
  heads ??= new Map(readPageHeads().pages.map((p) => [p.path, p]));
  const key = path.split(/[?#]/)[0].replace(/^\//, '').replace(/\/$/, '');
  return heads.get(key) ?? heads.get(/^ja(\/|$)/.test(key) ? 'ja/404' : '404');
}

/** The bundled dataset, as one document in the form a newer dataset is published in. */
export function bundledDataset() {
  return Object.fromEntries(SECTIONS.map((s) => [s, JSON.parse(readFileSync(`data/${s}.json`, 'utf8'))]));
}

/** The bundled dataset as a newer version with one event more: a copy of `copyOf` with the given id, date and title. */
export function newerDataset({ version, copyOf, id, date, title }) {
  const newer = bundledDataset();
  newer.meta.version = version;
  newer.events.push({ ...structuredClone(newer.events.find((e) => e.id === copyOf)), id, date, title });
  return newer;
}

/** The bundled dataset grown to `events` events (valid, deterministic). */
export function syntheticDataset(events) {
  return JSON.parse(coreTool('dataset-json', { EXPLORER_SYNTHETIC_EVENTS: String(events) }));
}

/** The content of a page's `<meta name="description">`, from its HTML as served. */
export function descriptionIn(html) {
  const meta = html.match(/<meta\b[^>]*\bname="?description"?[^>]*>/)?.[0];
  const content = meta?.match(/\bcontent=(?:"([^"]*)"|([^\s>]+))/);
  return content ? (content[1] ?? content[2]).replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&') : null;
}
