// Runs the Nu HTML Checker (the W3C validator, npm's vnu-jar, on Debian's
// Java) over every HTML file of the given build directories, and fails on
// any error. Warnings are listed but do not fail.
//
//   node scripts/validate-html.mjs dist dist-subpath
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';

// The jar itself: the package's postinstall script, which would download a
// Java runtime, is denied (package.json); Debian's Java runs it.
const vnu = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
const dirs = process.argv.slice(2);
if (dirs.length === 0) {
  console.error('usage: node scripts/validate-html.mjs DIR...');
  process.exit(2);
}

const htmlBelow = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlBelow(path);
    return name.endsWith('.html') ? [path] : [];
  });
const files = dirs.flatMap(htmlBelow);
if (files.length === 0) throw new Error(`no HTML files under ${dirs.join(', ')}`);

// The checker exits non-zero when it finds errors; its JSON report is on
// stderr either way.
let report;
try {
  execFileSync('java', ['-jar', vnu, '--format', 'json', ...files], { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 28 });
} catch (failure) {
  if (!failure.stderr?.length) throw failure;
  report = failure.stderr.toString();
}
report ??= '{"messages":[]}';
const { messages } = JSON.parse(report);

const errors = messages.filter((m) => m.type === 'error' || m.subType === 'fatal');
const warnings = messages.filter((m) => m.type === 'info' && m.subType === 'warning');
const where = (m) => `${relative('.', new URL(m.url).pathname)}:${m.lastLine ?? '?'}:${m.lastColumn ?? '?'}`;
const byMessage = (list) => {
  const groups = new Map();
  for (const m of list) groups.set(m.message, [...(groups.get(m.message) ?? []), m]);
  return [...groups].map(([message, all]) => `  ${all.length} × ${message}\n    e.g. ${where(all[0])}`);
};

console.log(`${files.length} pages checked: ${errors.length} errors, ${warnings.length} warnings`);
if (warnings.length) console.log(`warnings:\n${byMessage(warnings).join('\n')}`);
if (errors.length) {
  console.error(`errors:\n${byMessage(errors).join('\n')}`);
  process.exit(1);
}
