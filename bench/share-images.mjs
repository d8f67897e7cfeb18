// What the share images (issue 25) add to a build; a benchmark, not a test.
//
// The share-images tool (crates/share-images, release build) draws every
// card of both editions from the bundled data, and again from synthetic
// datasets (EXPLORER_SYNTHETIC_EVENTS): its wall time per run (median of
// --runs), how many images, and their bytes. Past 1,000 events an event's
// pages share its topic's card, so the count stops growing there (1,000:
// the most cards; 1,001: the fewest).
//
//   node bench/share-images.mjs [--runs 3] [--sizes real,1000,1001,10000]
//
// Writes bench/results/share-images.json and bench/results/share-images.md.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const RUNS = Number(arg('runs', '3'));
const SIZES = arg('sizes', 'real,1000,1001,10000').split(',');
const log = (...parts) => console.log('share-images:', ...parts);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

log('building the tool (release)');
let started = Date.now();
execFileSync('cargo', ['build', '--quiet', '--locked', '--release', '-p', 'share-images'], { cwd: REPO, stdio: 'inherit' });
const compileSeconds = (Date.now() - started) / 1000;
const tool = join(REPO, 'target/release/share-images');

const results = [];
for (const size of SIZES) {
  const env = { ...process.env };
  if (size === 'real') delete env.EXPLORER_SYNTHETIC_EVENTS;
  else env.EXPLORER_SYNTHETIC_EVENTS = size;
  const walls = [];
  let summary;
  let bytes = 0;
  for (let run = 0; run < RUNS; run++) {
    const out = mkdtempSync(join(os.tmpdir(), 'explorer-cards-bench-'));
    started = Date.now();
    summary = JSON.parse(execFileSync(tool, ['--out', out], { env, encoding: 'utf8', maxBuffer: 1 << 28 }));
    walls.push((Date.now() - started) / 1000);
    bytes = readdirSync(out).reduce((sum, name) => sum + statSync(join(out, name)).size, 0);
    rmSync(out, { recursive: true });
    // A run over a minute is measured once: its spread is small beside
    // its length.
    if (walls[0] > 60) break;
  }
  const result = { size, images: summary.images, seconds: median(walls), runs: walls, bytes };
  log(JSON.stringify(result));
  results.push(result);
}

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const kB = (n) => `${(n / 1000).toFixed(0)} kB`;
const rows = results.map(
  (r) =>
    `| ${r.size === 'real' ? 'the real data' : `${Number(r.size).toLocaleString('en')} synthetic events`} | ${r.images} | ${r.seconds.toFixed(1)} s | ${kB(r.bytes)} (${kB(r.bytes / r.images)} each) |`,
);
const md = `# Share images: what they add to a build

\`node bench/share-images.mjs --runs ${RUNS}\` (${new Date().toISOString().slice(0, 10)}; ${os.cpus().length} cores, ${cpu}).
The tool draws every card of both editions (both cores, one card each in turn), writes them as
RGB PNG; the build then names each by its hash (a few milliseconds). Median of ${RUNS} runs (one for a run over a minute).

| dataset | images | wall time | bytes |
| --- | --- | --- | --- |
${rows.join('\n')}

Past 1,000 events (\`EVENT_CARDS_UP_TO\`) an event's pages show its first topic's card, so the
images and their time stop growing with the number of events. (At 5,000, the threshold first
tried, the cards alone took 250 s and 438 MB: 10,038 images.) Compiling the tool (resvg and its dependencies, release) took
${compileSeconds.toFixed(0)} s in this run${compileSeconds < 5 ? ' (already built)' : ''}; from nothing, about 45 s on this machine.
`;
writeFileSync(join(REPO, 'bench/results/share-images.json'), `${JSON.stringify({ date: new Date().toISOString(), cpu, runs: RUNS, compileSeconds, results }, null, 2)}\n`);
writeFileSync(join(REPO, 'bench/results/share-images.md'), md);
log('wrote bench/results/share-images.{json,md}');
