import type { MeasurementsImportResult } from '@goaltrail/indicators-application';
import { progress } from '../event-store/measure';
import { runCliChild, type ChildRun } from './cli-child';
import { defineKoladaIndicators } from './define-indicators';
import type { KoladaBackend } from './kolada-backends';
import { insertFileRaw, type YardstickRun } from './raw-yardstick';
import { readSeries, type SeriesReads } from './read-series';

/** An import through the CLI child with what it reported. */
export interface CliImport extends ChildRun {
  result: MeasurementsImportResult;
}

/** Everything measured on one backend. */
export interface BackendResult extends SeriesReads {
  backend: string;
  setupMs: number;
  /** An empty file: what the CLI costs before it reads a row (process, store, the import module). */
  floor: CliImport;
  firstImport: CliImport;
  reimport: CliImport;
  raw: YardstickRun;
}

/** What to run on each backend. */
export interface BackendPlan {
  file: string;
  emptyFile: string;
  kpis: readonly string[];
  requests: number;
  warmUp: number;
  port: number;
}

async function importWithCli(backend: KoladaBackend, file: string, label: string): Promise<CliImport> {
  progress(`${backend.name}: ${label} with the CLI (child process)`);
  const run = await runCliChild(['measurements', 'import', file, '--json'], backend.env);
  if (run.exitCode !== 0) throw new Error(`the CLI exited with ${run.exitCode}`);
  const result = JSON.parse(run.stdout) as MeasurementsImportResult;
  const what = `${result.rowsRead} rows, ${result.eventsWritten} events in ${(run.wallMs / 1000).toFixed(1)} s`;
  progress(`${backend.name}: ${label}: ${what} (importer ${(result.durationMs / 1000).toFixed(1)} s), peak ${run.peakMb.toFixed(0)} MB`);
  return { ...run, result };
}

/**
 * Defines the indicators (untimed), imports an empty file and then the file twice with the CLI, runs the
 * raw yardstick, then reads series through the API.
 */
export async function runBackend(backend: KoladaBackend, plan: BackendPlan): Promise<BackendResult> {
  const setupStarted = performance.now();
  await defineKoladaIndicators(backend.config, plan.kpis, (done) => progress(`${backend.name}: defined ${done} indicators`));
  const setupMs = performance.now() - setupStarted;
  const floor = await importWithCli(backend, plan.emptyFile, 'empty file');
  const firstImport = await importWithCli(backend, plan.file, 'import');
  const { skipped } = firstImport.result;
  if (skipped.unknownKpi + skipped.otherMunicipality > 0) throw new Error(`rows were skipped: ${JSON.stringify(skipped)}`);
  const reimport = await importWithCli(backend, plan.file, 're-import');
  if (reimport.result.eventsWritten !== 0) throw new Error(`the re-import wrote ${reimport.result.eventsWritten} events`);

  progress(`${backend.name}: raw multi-row INSERT of the same rows`);
  const rawDb = await backend.openRaw();
  const raw = await insertFileRaw(plan.file, rawDb).finally(() => rawDb.close());
  progress(`${backend.name}: raw: ${raw.rows} rows in ${(raw.wallMs / 1000).toFixed(1)} s`);

  const reads = await readSeries(backend, plan);
  return { backend: backend.name, setupMs, floor, firstImport, reimport, raw, ...reads };
}
