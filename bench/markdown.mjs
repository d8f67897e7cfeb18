// Writing benchmark results into Markdown files that people also edit.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/** Replaces the text between `<!-- NAME:start -->` and `<!-- NAME:end -->`, or appends it with the markers. */
export function splice(file, name, text) {
  if (!existsSync(file)) return;
  const [start, end] = [`<!-- ${name}:start -->`, `<!-- ${name}:end -->`];
  const current = readFileSync(file, 'utf8');
  const block = `${start}\n${text.trimEnd()}\n${end}`;
  const at = current.indexOf(start);
  const until = current.indexOf(end);
  const next = at >= 0 && until > at
    ? current.slice(0, at) + block + current.slice(until + end.length)
    : `${current.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, next);
}
