// Times the importer on generated 1 MB and 5 MB goal documents and writes the table into docs/performance.md:
// the parser and planner alone (median of 5), then whole imports through the built API on the embedded store
// (dry run and commit, median of 3). Run with `npm run bench:import` (`-- --no-write` only prints it).
import { parseGoalDocument, previewToPlanCommands } from '@goaltrail/importer';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { argv } from 'node:process';
import { generateDocument } from './generate-document';
import { importThroughApi, type ApiImportTimes } from './import-through-api';

const start = '<!-- bench:import:start -->';
const end = '<!-- bench:import:end -->';
const rounds = 5;
const apiRounds = 3;
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

function measure(text: string): Row {
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

async function main(): Promise<void> {
  const documents = sizes.map(generateDocument);
  const rows = documents.map(measure);
  process.stderr.write('[bench] parsed; importing through the API\n');
  const viaApi: ApiImportTimes[] = await importThroughApi(documents, apiRounds, 3800 + (process.pid % 90));
  const [small, large] = rows;
  const verdict = (ms: number) => (ms < limitMs ? 'met' : `**missed by ${((ms - limitMs) / 1000).toFixed(1)} s**`);
  const ratio = small && large ? large.medianMs / large.megabytes / (small.medianMs / small.megabytes) : Number.NaN;
  const section = [
    start,
    `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version};`,
    `parse + preview + plan commands in process, median of ${rounds} runs; imports through the built API on the embedded store, median of ${apiRounds}.`,
    'Documents repeat the real seed sections (2020 focus areas, 2005 effect goals).',
    '',
    '| document | lines | goals | parse + commands, ms | ms per MB | dry run via API, ms | commit via API, ms | events written |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map((row, index) => {
      const api = viaApi[index];
      const perMb = (row.medianMs / row.megabytes).toFixed(0);
      const cells = [row.megabytes.toFixed(1) + ' MB', row.lines.toLocaleString('en-US'), row.goals.toLocaleString('en-US'), row.medianMs.toFixed(0), perMb];
      return `| ${[...cells, api?.dryRunMs.toFixed(0), api?.commitMs.toFixed(0), api?.eventsWritten.toLocaleString('en-US')].join(' | ')} |`;
    }),
    '',
    `Target: a 5 MB import under ${limitMs} ms. Parse + commands: ${verdict(large?.medianMs ?? Number.NaN)}; dry run through the API: ${verdict(viaApi[1]?.dryRunMs ?? Number.NaN)}; commit through the API: ${verdict(viaApi[1]?.commitMs ?? Number.NaN)}.`,
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
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
