import { readFileSync, writeFileSync } from 'node:fs';
import { argv } from 'node:process';
import { readLoadResults, type FirstView, type InitialJs, type ViewTimes } from './load-results';

// Writes the admin app's load budgets (tmp/bench/initial-js.json and first-view.json, written by the
// e2e specs) into docs/performance.md between the markers; `--no-write` only prints them.

const start = '<!-- bench:admin-load:start -->';
const end = '<!-- bench:admin-load:end -->';

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value: number) => `${Math.round(value).toLocaleString('en-US')} ms`;
const verdict = (met: boolean) => (met ? 'met' : '**missed**');

/** By stage as the visit went, then largest first: responses arrive in a different order each run. */
function inLoadOrder(scripts: InitialJs['scripts']): InitialJs['scripts'] {
  const stages = [...new Set(scripts.map((script) => script.stage))];
  return [...scripts].sort((a, b) => stages.indexOf(a.stage) - stages.indexOf(b.stage) || b.gzipBytes - a.gzipBytes);
}

function initialJsLines(run: InitialJs): string[] {
  const loaded = new Set(run.scripts.map((script) => script.path));
  const chartsLoaded = run.lazyCharts.some((chart) => loaded.has(chart.path));
  const charts = run.lazyCharts.map((chart) => `\`${chart.path}\` ${kB(chart.gzipBytes)}`).join(', ');
  const compressed = run.encodings.some((encoding) => encoding !== 'identity');
  return [
    `The API sent the scripts with \`content-encoding: ${run.encodings.join(', ')}\`${compressed ? '' : ', that is uncompressed'}: ${kB(run.totalTransferredBytes)} went over`,
    `the wire. The gzip figure is each script's body gzipped with zlib's default level, as a compressing server would send it.`,
    '',
    '| what | measured | target | result |',
    '|---|---:|---|---|',
    `| initial JS, gzip: sign-in page, then the start page after signing in | ${kB(run.totalGzipBytes)} | ≤ ${kB(run.budgetBytes)} | ${verdict(run.met)} |`,
    `| ECharts in the initial load (its chunk: ${charts} gzip) | ${chartsLoaded ? 'loaded' : 'not loaded'} | lazy | ${verdict(!chartsLoaded)} |`,
    '',
    '| script | loaded for | pulled in by index.html | bytes | gzip |',
    '|---|---|---|---:|---:|',
    ...inLoadOrder(run.scripts).map((script) => `| \`${script.path}\` | ${script.stage} | ${script.inEntry ? 'yes' : 'no, lazy route'} | ${kB(script.bytes)} | ${kB(script.gzipBytes)} |`),
  ];
}

function viewRow(label: string, view: ViewTimes, target: string, result: string): string {
  const runs = view.runs.map((run) => Math.round(run.interactiveMs)).join(', ');
  return `| ${label} | ${ms(view.medianInteractiveMs)} | ${ms(view.maxInteractiveMs)} | ${runs} | ${ms(view.medianSeenMs)} | ${ms(view.medianWallMs)} / ${ms(view.maxWallMs)} | ${ms(view.medianDocumentMs)} | ${target} | ${result} |`;
}

function firstViewLines(run: FirstView): string[] {
  const target = `≤ ${ms(run.budgetMs)}`;
  const met = (view: ViewTimes) => verdict(view.medianInteractiveMs <= run.budgetMs);
  return [
    `| first view, ${run.runs} cold loads each | interactive, median | max | runs (ms) | key element in the DOM, median | wall time, median / max | index.html received, median | target | result |`,
    '|---|---:|---:|---|---:|---:|---:|---|---|',
    viewRow('sign-in: a keystroke in the username field handled', run.signIn, target, met(run.signIn)),
    viewRow("Socialnämnden's plan list (signed in): a click on 2005 taken by the router", run.planList, target, met(run.planList)),
    viewRow('yardstick: a static file (`/favicon.svg`) to its load event', run.staticFile, 'yardstick', ''),
  ];
}

/** The section between the markers. */
function renderAdminLoad(initialJs: InitialJs, firstView: FirstView): string {
  return [
    start,
    `Measured ${firstView.measuredAt.slice(0, 10)} on ${firstView.machine}, Chromium ${firstView.chromium}; the host's load average`,
    `was ${initialJs.loadAverage} and ${firstView.loadAverage} as the two specs ended.`,
    '',
    ...initialJsLines(initialJs),
    '',
    ...firstViewLines(firstView),
    end,
  ].join('\n');
}

function main(): void {
  const { initialJs, firstView } = readLoadResults();
  const section = renderAdminLoad(initialJs, firstView);
  process.stdout.write(`${section}\n`);
  if (argv.includes('--no-write')) return;
  const path = 'docs/performance.md';
  const text = readFileSync(path, 'utf8');
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${path} has no ${start} … ${end} markers to write between`);
  writeFileSync(path, text.slice(0, from) + section + text.slice(to + end.length));
}

main();
