import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { readOnlyRoles, ReadOnlyRoleError, type Actor, type CommandOptions } from '@goaltrail/goals-application';
import { IndicatorCommandExecutor } from '../../write/indicator-command-executor';
import { KoladaImportWriter } from './kolada-import-writer';
import { KpiCatalogueSource } from './kpi-catalogue-source';
import type { MeasurementsImportInput, MeasurementsImportResult } from './measurements-import.types';
import { validateForImport } from './validate-for-import';

/** Rows read per batch unless the input says otherwise. */
export const defaultImportBatchSize = 10_000;
/** Rows held per KPI before the write pass writes everything it holds. */
export const maxHeldImportRows = 50_000;
/** Indicators the write pass keeps folded between batches (a few MB); more are loaded again when needed. */
export const maxKeptImportIndicators = 1_000;

/**
 * Imports a Kolada `/v3/data` file into the indicators that carry its KPI ids, in two streamed passes:
 *
 * 1. validation: the whole file once, keeping no rows (sha256 on the way). A malformed file, a value that
 *    does not fit its indicator, two rows of one measurement that disagree, or an unclear municipality
 *    throws here, naming line and JSON path: nothing is written.
 * 2. writing: the file again, per KPI one `ImportMeasurements` per indicator (see KoladaImportWriter).
 *    Rows equal to what an indicator holds decide nothing, so the same file again writes 0 events.
 *
 * The import is checked whole but written indicator by indicator, not as one transaction: if the write
 * pass stops halfway (store unreachable), importing the same file again completes it. Every event carries
 * `metadata.extra.source = { kind: 'kolada', fileName, sha256 }` and one correlation id.
 */
@Injectable()
export class MeasurementsImporter {
  constructor(
    @Inject(IndicatorCommandExecutor) private readonly executor: IndicatorCommandExecutor,
    @Inject(KpiCatalogueSource) private readonly catalogues: KpiCatalogueSource,
  ) {}

  async import(input: MeasurementsImportInput, actor: Actor, options: CommandOptions = {}): Promise<MeasurementsImportResult> {
    // A dry run reads and decides only; a write is refused to read-only roles before the file is read.
    if (!input.dryRun && readOnlyRoles.includes(actor.role)) throw new ReadOnlyRoleError(actor.username, actor.role);
    const started = performance.now();
    const batchSize = input.batchSize ?? defaultImportBatchSize;
    // One snapshot of which indicators carry which KPI, so both passes match rows the same way.
    const catalogue = await this.catalogues.catalogue();
    const file = await validateForImport(input.chunks, catalogue, {
      municipality: input.municipality ?? null,
      batchSize,
      onRows: (rows) => input.onProgress?.(rows, null, 'validating'),
    });
    const writer = new KoladaImportWriter(this.executor, {
      actor,
      catalogue,
      municipality: file.municipality,
      fileName: input.fileName,
      dryRun: input.dryRun,
      options: {
        reason: `Kolada-import av ${input.fileName}`,
        ...options,
        correlationId: options.correlationId ?? randomUUID(),
        extra: { source: { kind: 'kolada', fileName: input.fileName, sha256: file.sha256 } },
      },
      batchSize,
      maxHeldRows: maxHeldImportRows,
      maxKeptIndicators: maxKeptImportIndicators,
      hasRepeats: file.repeatedRows > 0,
    });
    await writer.run(input.chunks(), (rows) => input.onProgress?.(rows, file.rows, 'writing'));
    return {
      dryRun: input.dryRun,
      fileName: input.fileName,
      sha256: file.sha256,
      bytes: file.bytes,
      municipality: file.municipality,
      rowsRead: file.rows,
      measurementsWritten: writer.recorded + writer.corrected,
      recorded: writer.recorded,
      corrected: writer.corrected,
      unchanged: writer.unchanged,
      skipped: writer.skipped,
      unknownKpis: file.unknownKpis,
      indicatorsTouched: [...writer.touched].sort(),
      eventsWritten: writer.eventsWritten,
      position: writer.position,
      durationMs: Math.round(performance.now() - started),
    };
  }
}
