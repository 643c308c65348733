// Kolada import and series benchmark: a generated file for one municipality imported with the built CLI as
// a child process (wall time, peak memory) on the embedded store and on PostgreSQL, beside the streaming reader
// alone and a raw multi-row INSERT of the same rows; then series reads through the built API on each store.
// Usage: npm run bench:kolada -- [--rows 1000000] [--requests 2000] [--warm-up 200]
//   [--backends pglite,postgres] [--no-write]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { median, progress } from '../event-store/measure';
import { generateKoladaFile } from './generate-kolada-file';
import { pgliteBackend, postgresBackend, type KoladaBackend } from './kolada-backends';
import { readFileOnly, type YardstickRun } from './raw-yardstick';
import { writeKoladaReport } from './report';
import { runBackend, type BackendResult } from './run-backend';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    requests: { type: 'string', default: '2000' },
    'warm-up': { type: 'string', default: '200' },
    backends: { type: 'string', default: 'pglite,postgres' },
    'no-write': { type: 'boolean', default: false },
  },
});
const readerRounds = 3;
/** Nacka: the seed documents' municipality. */
const municipality = '0182';
const serverUrl = process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';

function openBackend(name: string): Promise<KoladaBackend> | KoladaBackend {
  if (name === 'pglite') return pgliteBackend();
  if (name === 'postgres') return postgresBackend(serverUrl);
  throw new Error(`unknown backend "${name}" (pglite, postgres)`);
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'goaltrail-kolada-file-'));
  try {
    const path = join(dir, 'kolada.json');
    const emptyFile = join(dir, 'empty.json');
    writeFileSync(emptyFile, '{"values":[]}\n');
    const file = await generateKoladaFile(path, Number(values.rows), 1, { municipality });
    progress(`generated ${file.rows} rows (${(file.bytes / 1_048_576).toFixed(1)} MB, ${file.kpis.length} KPIs) for ${municipality}`);
    const readerRuns: YardstickRun[] = [];
    for (let round = 0; round < readerRounds; round += 1) readerRuns.push(await readFileOnly(path));
    const readerMs = median(readerRuns.map((run) => run.wallMs));
    progress(`reader alone: ${Math.round(file.rows / (readerMs / 1000))} rows/s`);

    const results: BackendResult[] = [];
    for (const name of (values.backends ?? '').split(',')) {
      const backend = await openBackend(name.trim());
      try {
        const port = 3600 + (process.pid % 90) * 2;
        const plan = { file: path, emptyFile, kpis: file.kpis, requests: Number(values.requests), warmUp: Number(values['warm-up']), port };
        results.push(await runBackend(backend, plan));
      } finally {
        await backend.drop();
      }
    }
    const reader = { rows: file.rows, wallMs: readerMs, insertMs: 0 };
    writeKoladaReport({ file, reader, readerRounds, results, write: !values['no-write'] });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
