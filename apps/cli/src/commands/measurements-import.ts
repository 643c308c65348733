import {
  MeasurementsImporter,
  MeasurementsImportRejectedError,
  type ImportPhase,
  type MeasurementsImportResult,
} from '@goaltrail/indicators-application';
import { writeHeavyBufferPool } from '@goaltrail/event-store';
import { KoladaFileError } from '@goaltrail/kolada';
import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { basename } from 'node:path';
import { exitCodes } from '../cli';
import { createProgress, type Progress } from '../output/progress';
import { UsageError, type CliContext } from '../registry/command';
import { openMeasurementsImportContext } from '../store/measurements-import-context';
import { withConfiguredStore } from '../store/open-configured-store';
import { measurementsSummary } from './measurements-summary';
import { cliActor } from './users-support';

/** What `goaltrail measurements import` was asked to do. */
export interface MeasurementsImportRequest {
  file: string;
  municipality?: string;
  dryRun: boolean;
  json: boolean;
}

/**
 * Imports a Kolada `/v3/data` file through the application layer, as the API's upload does: the file is
 * streamed twice (validate, then write), never held whole. A file that is malformed or cannot be imported
 * is reported with its line and JSON path and exits 1; the validation pass throws before anything is written.
 */
export async function importMeasurements(request: MeasurementsImportRequest, context: CliContext): Promise<number> {
  const { file } = request;
  if (request.municipality !== undefined && !/^\d{4}$/.test(request.municipality)) {
    throw new UsageError(`--municipality must be a four-digit code such as 0182 (got "${request.municipality}")`);
  }
  await access(file).catch((error: unknown) => {
    throw new Error(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  });
  const fileName = basename(file);
  const { actor: username, role } = cliActor(context.env);
  const progress = new PhasedProgress(fileName, context);
  let result: MeasurementsImportResult;
  try {
    result = await withConfiguredStore(
      context.env,
      async (store, where) => {
        // On a large store reading the indicator definitions takes a moment before the first row: say so.
        context.stderr.write(`Loading indicators from ${where}…\n`);
        const app = await openMeasurementsImportContext(store);
        try {
          return await app.get(MeasurementsImporter).import(
            {
              chunks: () => createReadStream(file),
              fileName,
              municipality: request.municipality ?? null,
              dryRun: request.dryRun,
              onProgress: (done, total, phase) => progress.update(done, total, phase),
            },
            { username, role },
          );
        } finally {
          await app.close();
        }
      },
      // An import appends much and reads back only each indicator's stream: the small pool suits it.
      { pgliteBufferPool: writeHeavyBufferPool },
    );
  } catch (error) {
    progress.abandon();
    if (error instanceof KoladaFileError || error instanceof MeasurementsImportRejectedError) {
      const what = error instanceof KoladaFileError ? 'is malformed' : 'cannot be imported';
      context.stderr.write(`goaltrail measurements import: ${fileName} ${what}: ${error.message}\nNothing was written.\n`);
      return exitCodes.failed;
    }
    throw error;
  }
  progress.finish();
  context.stdout.write(request.json ? `${JSON.stringify(result)}\n` : measurementsSummary(result));
  return exitCodes.ok;
}

/** One progress reporter per pass, so the bar says which pass it is and each pass counts its own rate. */
class PhasedProgress {
  private current: { phase: ImportPhase; progress: Progress } | null = null;

  constructor(
    private readonly fileName: string,
    private readonly context: CliContext,
  ) {}

  update(done: number, total: number | null, phase: ImportPhase): void {
    if (this.current?.phase !== phase) {
      this.current?.progress.finish();
      const label = `${this.fileName}: ${phase}`;
      const progress = createProgress({ label, stream: this.context.stderr, unit: 'rows', ...(total === null ? {} : { total }) });
      this.current = { phase, progress };
    }
    this.current.progress.update(done);
  }

  finish(): void {
    this.current?.progress.finish();
    this.current = null;
  }

  /** Leaves a failed pass without a "done" line; on a terminal the redrawn bar still needs its line ended. */
  abandon(): void {
    if (this.current && this.context.stderr.isTTY) this.context.stderr.write('\n');
    this.current = null;
  }
}
