// Times the importer on generated 1 MB and 5 MB goal documents (median of 5 runs each) and writes the table
// into docs/performance.md. Run with `npm run bench:import` (`-- --no-write` only prints it).
import { parseGoalDocument, previewToPlanCommands } from '@goaltrail/importer';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { argv } from 'node:process';
import { generateDocument } from './generate-document';

const start = '<!-- bench:import:start -->';
const end = '<!-- bench:import:end -->';
const rounds = 5;
const sizes = [1_000_000, 5_000_000];
const limitMs = 2_000;

interface Row {
  megabytes: number;
  lines: number;
  goals: number;
  medianMs: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function measure(bytes: number): Row {
  const text = generateDocument(bytes);
  const times: number[] = [];
  let goals = 0;
  for (let round = 0; round < rounds; round += 1) {
    const started = performance.now();
    const preview = parseGoalDocument(text, { committee: 'socialnamnden' });
    previewToPlanCommands(preview, { committeeId: 'socialnamnden', goalId: ({ section, goal }) => `g-${section}-${goal}` });
    times.push(performance.now() - started);
    goals = preview.sections.reduce((sum, section) => sum + section.goals.length, 0);
  }
  return { megabytes: Buffer.byteLength(text) / 1_048_576, lines: text.split('\n').length, goals, medianMs: median(times) };
}

const rows = sizes.map(measure);
const [small, large] = rows;
const ratio = small && large ? large.medianMs / large.megabytes / (small.medianMs / small.megabytes) : Number.NaN;
const section = [
  start,
  `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version};`,
  `parse + preview + plan commands, median of ${rounds} runs. Documents repeat the real seed sections (2020 focus areas, 2005 effect goals).`,
  '',
  '| document | lines | goals | median ms | ms per MB | target | result |',
  '|---|---:|---:|---:|---:|---|---|',
  ...rows.map((row) => {
    const verdict = row.medianMs < limitMs ? 'met' : '**missed**';
    const perMb = (row.medianMs / row.megabytes).toFixed(0);
    return `| ${row.megabytes.toFixed(1)} MB | ${row.lines.toLocaleString('en-US')} | ${row.goals.toLocaleString('en-US')} | ${row.medianMs.toFixed(0)} | ${perMb} | < ${limitMs} ms | ${verdict} |`;
  }),
  '',
  `Time per MB at 5 MB is ${ratio.toFixed(2)} × that at 1 MB (1.00 = linear).`,
  end,
].join('\n');
process.stdout.write(`${section}\n`);
if (!argv.includes('--no-write')) {
  const path = 'docs/performance.md';
  const text = readFileSync(path, 'utf8');
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  const updated = from >= 0 && to > from ? text.slice(0, from) + section + text.slice(to + end.length) : `${text.trimEnd()}\n\n## Importer\n\n**How to reproduce:** \`npm run bench:import\`.\n\n${section}\n`;
  writeFileSync(path, updated);
}
