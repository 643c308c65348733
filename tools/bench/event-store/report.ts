import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { median, type Comparison } from './measure';

const start = '<!-- bench:store:start -->';
const end = '<!-- bench:store:end -->';
const number = (value: number) => Math.round(value).toLocaleString('en-US');

/** The results as a markdown table with the conditions they were measured under. */
export function markdownReport(comparisons: Comparison[], rounds: number): string {
  const rows = comparisons.map((c) => {
    const library = median(c.library);
    const raw = median(c.raw);
    const ratio = library / raw;
    const short = Math.max(1, Math.round((c.target - ratio) * 100));
    const verdict = ratio >= c.target ? 'met' : `**missed by ${short} ${short === 1 ? 'point' : 'points'}**`;
    // A ratio just under the target is shown with its decimal, so it never reads as the target itself.
    const percent = ratio < c.target && Math.round(ratio * 100) >= c.target * 100 ? (ratio * 100).toFixed(1) : (ratio * 100).toFixed(0);
    return `| ${c.backend} | ${c.operation} | ${number(c.events)} | ${number(library)} | ${number(raw)} | ${percent} % | ≥ ${c.target * 100} % | ${verdict} |`;
  });
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return [
    start,
    `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} × ${cpu}, Node ${process.version}.`,
    `Each figure is the median of ${rounds} interleaved rounds (library and raw alternate, so drift hits both).`,
    '',
    '| backend | operation | events | library events/s | raw events/s | library / raw | target | result |',
    '|---|---|---:|---:|---:|---:|---:|---|',
    ...rows,
    end,
  ].join('\n');
}

/** Replaces the store section of docs/performance.md, keeping everything around it. */
export function writeReport(path: string, section: string): void {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    text = `# Performance\n\n## Event store\n\n${start}\n${end}\n`;
  }
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  const next = from >= 0 && to > from ? text.slice(0, from) + section + text.slice(to + end.length) : `${text}\n${section}\n`;
  writeFileSync(path, next);
}
