import { WrongExpectedRevisionError } from '@goaltrail/event-store-port';
import { maxAttempts, type Actor, type CommandOptions } from '@goaltrail/goals-application';
import {
  measurementRowsFromGenders,
  type ImportMeasurements,
  type MeasurementRow,
} from '@goaltrail/indicators-domain';
import { KoladaDuplicateTracker, readKoladaBatches, type KoladaChunks, type KoladaRow } from '@goaltrail/kolada';
import type { KpiCatalogue } from '../../read-model/indicator-indexes';
import { decideInOrder } from '../../write/decide-in-order';
import type { IndicatorCommandExecutor } from '../../write/indicator-command-executor';
import type { LoadedIndicator } from '../../write/indicator-outcome';
import { entryAlignedBatches, KpiRowBuffer } from './kpi-row-buffer';
import type { ImportSkips } from './measurements-import.types';
import { RecentlyUsed } from './recently-used';

/** What the write pass needs to know. */
export interface WritePlan {
  readonly actor: Actor;
  readonly catalogue: KpiCatalogue;
  readonly municipality: string | null;
  readonly fileName: string;
  readonly dryRun: boolean;
  /** Envelope values of every append: correlation id, source file in `extra`. */
  readonly options: CommandOptions;
  readonly batchSize: number;
  /** Rows held per KPI before everything is written. */
  readonly maxHeldRows: number;
  /** Indicators kept folded between batches; older ones are loaded again if their KPI comes back. */
  readonly maxKeptIndicators: number;
  /**
   * Whether the validation pass saw rows repeating earlier ones. Only then does this pass track every row
   * it keeps (about 32 bytes a row, 32 MB for a million): most files repeat nothing, and a smaller live
   * heap is what keeps the import's peak memory down.
   */
  readonly hasRepeats: boolean;
}

/**
 * The write pass of a Kolada import, on a file the validation pass accepted. Streams the file in
 * entry-aligned batches, keeps the rows of the imported municipality and known KPIs in a KpiRowBuffer, and
 * writes each KPI's rows as one `ImportMeasurements` per indicator carrying it: one decision, one append.
 * A touched indicator is kept folded for later batches (the last `maxKeptIndicators` of them, so memory
 * does not grow with the file); a concurrent writer makes that indicator reload and decide again. Repeated rows are dropped, so a duplicate entry later
 * in the file cannot turn into a correction.
 */
export class KoladaImportWriter {
  readonly skipped: ImportSkips = { unknownKpi: 0, otherMunicipality: 0, nullValues: 0, duplicates: 0, withoutTotal: 0 };
  recorded = 0;
  corrected = 0;
  unchanged = 0;
  eventsWritten = 0;
  position: string | null = null;
  readonly touched = new Set<string>();
  private readonly loaded: RecentlyUsed<string, LoadedIndicator>;
  private readonly repeats: KoladaDuplicateTracker | null;

  constructor(
    private readonly executor: IndicatorCommandExecutor,
    private readonly plan: WritePlan,
  ) {
    this.loaded = new RecentlyUsed(plan.maxKeptIndicators);
    this.repeats = plan.hasRepeats ? new KoladaDuplicateTracker() : null;
  }

  async run(chunks: KoladaChunks, onRows: (rows: number) => void): Promise<void> {
    const buffer = new KpiRowBuffer(this.plan.maxHeldRows);
    let rows = 0;
    for await (const batch of entryAlignedBatches(readKoladaBatches(chunks, { batchSize: this.plan.batchSize }))) {
      const seen = new Set<string>();
      for (const row of batch) {
        if (this.keeps(row)) {
          buffer.add(row);
          seen.add(row.kpi);
        }
      }
      for (const [kpi, held] of buffer.takeReady(seen)) await this.write(kpi, held);
      rows += batch.length;
      onRows(rows);
    }
    for (const [kpi, held] of buffer.takeAll()) await this.write(kpi, held);
  }

  private keeps(row: KoladaRow): boolean {
    if (row.municipality !== this.plan.municipality) this.skipped.otherMunicipality += 1;
    else if (!this.plan.catalogue.has(row.kpi)) this.skipped.unknownKpi += 1;
    else if (this.repeats && this.repeats.see(row) !== 'new') this.skipped.duplicates += 1;
    else {
      if (row.value === null) this.skipped.nullValues += 1;
      return true;
    }
    return false;
  }

  private async write(kpi: string, held: readonly KoladaRow[]): Promise<void> {
    const grouped = measurementRowsFromGenders(
      held.map((row) => ({ period: String(row.period), gender: row.gender, value: row.value })),
    );
    this.skipped.withoutTotal += grouped.withoutTotal.length;
    if (grouped.rows.length === 0) return;
    for (const { indicatorId } of this.plan.catalogue.get(kpi) ?? []) await this.importInto(indicatorId, grouped.rows);
  }

  private async importInto(indicatorId: string, rows: readonly MeasurementRow[]): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      const loaded = this.loaded.get(indicatorId) ?? (await this.executor.load(indicatorId));
      const command: ImportMeasurements = {
        type: 'ImportMeasurements',
        indicatorId,
        // The unit of the definition decided on; the validation pass checked the values against it.
        unit: loaded.state?.definition.unit ?? 'count',
        source: `Kolada (${this.plan.fileName})`,
        reason: `Kolada-import av ${this.plan.fileName}`,
        rows,
      };
      try {
        const next = this.plan.dryRun ? this.rehearse(loaded, command) : await this.append(loaded, command);
        this.loaded.set(indicatorId, next);
        return;
      } catch (error) {
        this.loaded.delete(indicatorId);
        if (error instanceof WrongExpectedRevisionError && attempt < maxAttempts) continue;
        throw error;
      }
    }
  }

  private rehearse(loaded: LoadedIndicator, command: ImportMeasurements): LoadedIndicator {
    const { decisions, state } = decideInOrder(loaded, [command]);
    this.count(command, decisions.flatMap((decision) => decision.events));
    return { state, revision: loaded.revision };
  }

  private async append(loaded: LoadedIndicator, command: ImportMeasurements): Promise<LoadedIndicator> {
    const { outcome, loaded: next } = await this.executor.decideAndAppend(loaded, [command], this.plan.actor, this.plan.options);
    this.count(command, outcome.events);
    this.eventsWritten += outcome.events.length;
    this.position = outcome.position ?? this.position;
    return next;
  }

  private count(command: ImportMeasurements, events: readonly { readonly type: string }[]): void {
    for (const event of events) {
      if (event.type === 'MeasurementCorrected') this.corrected += 1;
      else this.recorded += 1;
    }
    this.unchanged += command.rows.length - events.length;
    if (events.length > 0) this.touched.add(command.indicatorId);
  }
}
