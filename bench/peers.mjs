// The peer the benchmarks compare the explorer with: TimelineJS 3 (npm
// `@knight-lab/timelinejs`, the version pinned in package.json) showing the
// same events, from the dataset document a benchmark build writes beside its
// dist (bench/dist/<size>-dataset.json). Used by bench/run.mjs (desktop) and
// bench/phone.mjs (phone profile).
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The selector of TimelineJS's slide headlines: its first event is shown when one is rendered. */
export const TIMELINE_HEADLINE = '.tl-slide .tl-headline';

/**
 * Writes a TimelineJS page for the events of `${out}/${size}-dataset.json`
 * into `${out}/timelinejs-${size}` (or `…-phone` with `phone`) and returns
 * that directory: index.html, timeline.js, its CSS and events.json.
 *
 * `phone` adds the viewport meta tag any page made for phones carries, so
 * that TimelineJS lays itself out for the phone's width (its small-screen
 * layout) rather than for a 980 px page scaled down.
 */
export function timelinePage(size, { out = 'bench/dist', phone = false } = {}) {
  const dir = join(out, `timelinejs-${size}${phone ? '-phone' : ''}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const dist = 'node_modules/@knight-lab/timelinejs/dist';
  cpSync(join(dist, 'js/timeline.js'), join(dir, 'timeline.js'));
  cpSync(join(dist, 'css'), join(dir, 'css'), { recursive: true });
  const dataset = JSON.parse(readFileSync(join(out, `${size}-dataset.json`), 'utf8'));
  const date = (spec) => {
    const m = spec.replace(/^(by|after):/, '').match(/(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/);
    const out = { year: Number(m[1]) };
    if (m[2]) out.month = Number(m[2]);
    if (m[3]) out.day = Number(m[3]);
    return out;
  };
  const events = dataset.events.map((e) => ({
    unique_id: e.id,
    start_date: date(e.date),
    text: { headline: e.title, text: e.summary },
    group: e.topics[0],
  }));
  writeFileSync(join(dir, 'events.json'), JSON.stringify({ events }));
  const viewport = phone ? '<meta name="viewport" content="width=device-width, initial-scale=1">' : '';
  writeFileSync(
    join(dir, 'index.html'),
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${viewport}<title>TimelineJS</title>
<link rel="stylesheet" href="css/timeline.css"></head><body>
<div id="timeline" style="width:100%;height:600px"></div>
<script src="timeline.js"></script>
<script>
fetch('events.json').then((r) => r.json()).then((data) => {
  window.timeline = new TL.Timeline('timeline', data, { script_path: './', font: null, hash_bookmark: false });
});
</script></body></html>`,
  );
  return dir;
}
