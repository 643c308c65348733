import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import type { GeneratedKoladaFile } from './generate-kolada-file';
import type { BackendResult, CliImport } from './run-backend';
import type { YardstickRun } from './raw-yardstick';

const start = '<!-- bench:kolada:start -->';
const end = '<!-- bench:kolada:end -->';
/** Targets: the CLI's peak memory for any file size, and a series read's 95th percentile. */
const peakLimitMb = 512;
const p95LimitMs = 20;

const integer = (n: number) => Math.round(n).toLocaleString('en-US');
const seconds = (ms: number) => (ms / 1000).toFixed(1);
const perSecond = (rows: number, ms: number) => integer(rows / (ms / 1000));

/** What the report is made of. */
export interface KoladaRun {
  file: GeneratedKoladaFile;
  reader: YardstickRun;
  readerRounds: number;
  results: BackendResult[];
  write: boolean;
}

function importRows(result: BackendResult): string[] {
  const { raw, backend } = result;
  const rawRate = raw.rows / raw.wallMs;
  const cli = (label: string, run: CliImport) => {
    const rows = run.result.rowsRead;
    const share = rows > 0 ? `${Math.round((rows / run.wallMs / rawRate) * 100)} %` : '';
    const verdict = run.peakMb < peakLimitMb ? 'met' : `**missed by ${integer(run.peakMb - peakLimitMb)} MB**`;
    const rate = rows > 0 ? perSecond(rows, run.wallMs) : '';
    const startUp = seconds(run.wallMs - run.result.durationMs);
    const cells = [backend, label, rate, seconds(run.wallMs), startUp, integer(run.peakMb), share, integer(run.result.eventsWritten), `peak < ${peakLimitMb} MB`, verdict];
    return `| ${cells.join(' | ')} |`;
  };
  const insertShare = `INSERTs ${Math.round((raw.insertMs / raw.wallMs) * 100)} % of it`;
  return [
    `| ${backend} | raw multi-row INSERT into a bare table (in process; ${insertShare}) | ${perSecond(raw.rows, raw.wallMs)} | ${seconds(raw.wallMs)} |  |  | 100 % |  | yardstick |  |`,
    cli('CLI, empty file (start-up floor)', result.floor),
    cli('`goaltrail measurements import` (child process)', result.firstImport),
    cli('the same file again (writes nothing)', result.reimport),
  ];
}

function seriesRows(result: BackendResult): string[] {
  const { series, bare, backend } = result;
  const ms = (n: number) => n.toFixed(1);
  const verdict = series.p95 <= p95LimitMs && series.errors === 0 ? 'met' : `**missed by ${ms(series.p95 - p95LimitMs)} ms**`;
  return [
    `| ${backend} | GET …/indicators/:id/series?from=2000&to=2024, random indicator | ${integer(series.requests)} | ${ms(series.p50)} | ${ms(series.p95)} | ${ms(series.p99)} | ${series.errors} | p95 ≤ ${p95LimitMs} ms | ${verdict} |`,
    `| ${backend} | bare node:http, same bytes | ${integer(bare.requests)} | ${ms(bare.p50)} | ${ms(bare.p95)} | ${ms(bare.p99)} | ${bare.errors} | yardstick |  |`,
  ];
}

/** Prints the results as markdown and, unless told not to, writes them between the markers in docs/performance.md. */
export function writeKoladaReport(run: KoladaRun): void {
  const { file, results } = run;
  const setup = results.map((r) => `${seconds(r.setupMs)} s on ${r.backend}`).join(', ');
  const ready = results.map((r) => `${seconds(r.apiReadyMs)} s on ${r.backend}`).join(', ');
  const section = [
    start,
    `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}:`,
    `a generated file of ${integer(file.rows)} rows (${(file.bytes / 1_048_576).toFixed(1)} MB; ${integer(file.kpis.length)} KPIs × 25 years × T/K/M,`,
    `one municipality, about 5 % null values), each KPI carried by one indicator defined beforehand (untimed: ${setup}).`,
    `The reader alone is the median of ${run.readerRounds} runs; every other figure is one run.`,
    '',
    '| backend | what | rows/s | wall s | start-up s | peak MB | of raw rows/s | events written | target | result |',
    '|---|---|---:|---:|---:|---:|---:|---:|---|---|',
    `| – | streaming reader alone (\`readKoladaBatches\`, in process) | ${perSecond(run.reader.rows, run.reader.wallMs)} | ${seconds(run.reader.wallMs)} |  |  |  |  | yardstick |  |`,
    ...results.flatMap(importRows),
    '',
    '"start-up s" is the wall time outside the importer itself (its `durationMs`): starting Node, opening the store and',
    'the import module (no read models), closing. Reading the KPI catalogue from the store counts as the importer\'s.',
    '',
    `Series read through the built API, sequential requests after a warm-up, each followed by the same request to the yardstick;`,
    `the API was ready (both read models caught up from the log) ${ready} after its process started.`,
    '',
    '| backend | request | requests | p50 ms | p95 ms | p99 ms | errors | target | result |',
    '|---|---|---:|---:|---:|---:|---:|---|---|',
    ...results.flatMap(seriesRows),
    end,
  ].join('\n');
  process.stdout.write(`${section}\n`);
  if (!run.write) return;
  const path = 'docs/performance.md';
  const text = readFileSync(path, 'utf8');
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  const fresh = `${text.trimEnd()}\n\n## Indicators: Kolada import and series\n\n**How to reproduce:** \`npm run bench:kolada\`.\n\n${section}\n`;
  writeFileSync(path, from >= 0 && to > from ? text.slice(0, from) + section + text.slice(to + end.length) : fresh);
}
