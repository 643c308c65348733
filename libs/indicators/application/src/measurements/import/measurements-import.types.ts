import type { KoladaChunks } from '@goaltrail/kolada';

/** Which pass an import's progress is about: reading the file through once to check it, then writing. */
export type ImportPhase = 'validating' | 'writing';

/** A Kolada `/v3/data` file to import into the indicators that carry its KPI ids. */
export interface MeasurementsImportInput {
  /**
   * Returns the file's content afresh each call (e.g. `() => createReadStream(path)`): once for the
   * validation pass, once for the write pass, and a third time only when two rows conflict, to find the
   * first of them.
   */
  readonly chunks: () => KoladaChunks;
  /** Recorded with every event, and in the corrections' reason. */
  readonly fileName: string;
  /** A four-digit municipality code; required when the file holds more than one municipality. */
  readonly municipality?: string | null;
  /** Read, check and decide everything, write nothing. */
  readonly dryRun: boolean;
  /** Called after each batch: rows done, and the total once the validation pass knows it (null before). */
  readonly onProgress?: (rowsDone: number, rowsTotal: number | null, phase: ImportPhase) => void;
  /** Rows read per batch (10,000 unless given); memory grows with it, appends shrink. */
  readonly batchSize?: number;
}

/** Rows an import read but did not turn into measurements, by reason. */
export interface ImportSkips {
  /** Rows whose KPI id no indicator carries. */
  unknownKpi: number;
  /** Rows of another municipality than the one imported. */
  otherMunicipality: number;
  /** Rows without a value (Kolada's null: too few answers, not reported …). */
  nullValues: number;
  /** Rows repeating an earlier row of the file with the same value. */
  duplicates: number;
  /** Periods left out because their total (T) is missing. */
  withoutTotal: number;
}

/** What an import read, decided and wrote. */
export interface MeasurementsImportResult {
  readonly dryRun: boolean;
  readonly fileName: string;
  /** sha256 of the file's bytes (hex), recorded in every event's `metadata.extra.source`. */
  readonly sha256: string;
  readonly bytes: number;
  /** The municipality imported; null for a file without rows. */
  readonly municipality: string | null;
  /** Gender rows in the file (T, K and M rows each count). */
  readonly rowsRead: number;
  /** Outcomes recorded or corrected (in a dry run: that would be). */
  readonly measurementsWritten: number;
  readonly recorded: number;
  readonly corrected: number;
  /** Periods whose outcome the indicator already had, unchanged: a re-import counts everything here. */
  readonly unchanged: number;
  readonly skipped: ImportSkips;
  /** The KPI ids of the file that no indicator carries, sorted. */
  readonly unknownKpis: readonly string[];
  /** Indicators that got (or in a dry run would get) events, sorted. */
  readonly indicatorsTouched: readonly string[];
  /** Events appended: 0 for a dry run or a re-import. */
  readonly eventsWritten: number;
  /** Position of the last event written, for read-your-writes; null when nothing was written. */
  readonly position: string | null;
  readonly durationMs: number;
}
