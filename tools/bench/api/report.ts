import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import type { LoadResult } from './load';

const start = '<!-- bench:api:start -->';
const end = '<!-- bench:api:end -->';
const targets: Record<string, { rps: number; p99?: number }> = {
  'GET …/plans/:year': { rps: 1500, p99: 50 },
  'GET …/plans/:year?asOf=…': { rps: 500 },
};

/** Prints the API results as markdown and, unless told not to, writes them into docs/performance.md. */
export function writeApiReport(run: {
  events: number;
  readyMs: number;
  seconds: number;
  connections: number;
  results: LoadResult[];
  write: boolean;
}): void {
  const rows = run.results.map((r) => {
    const target = targets[r.label];
    const met = target ? r.requestsPerSecond >= target.rps && (target.p99 === undefined || r.p99 <= target.p99) : undefined;
    const goal = target ? `≥ ${target.rps} req/s${target.p99 ? `, p99 ≤ ${target.p99} ms` : ''}` : 'yardstick';
    const verdict = met === undefined ? '' : met ? 'met' : '**missed**';
    return `| ${r.label} | ${Math.round(r.requestsPerSecond).toLocaleString('en-US')} | ${r.p50} | ${r.p99} | ${r.non2xx + r.errors} | ${goal} | ${verdict} |`;
  });
  const section = [
    start,
    `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}:`,
    `${run.events.toLocaleString('en-US')} events stored; ${run.connections} connections for ${run.seconds} s each; the API`,
    `was ready (projections caught up from the log) ${(run.readyMs / 1000).toFixed(1)} s after its process started.`,
    '',
    '| request | req/s | p50 ms | p99 ms | errors | target | result |',
    '|---|---:|---:|---:|---:|---|---|',
    ...rows,
    end,
  ].join('\n');
  process.stdout.write(`${section}\n`);
  if (!run.write) return;
  const path = 'docs/performance.md';
  const text = readFileSync(path, 'utf8');
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  writeFileSync(path, from >= 0 && to > from ? text.slice(0, from) + section + text.slice(to + end.length) : `${text}\n## API\n\n${section}\n`);
}
