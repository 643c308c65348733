import { z } from 'zod';

// `POST /api/measurements/import` answers the application layer's MeasurementsImportResult (server scope);
// restated here with only what the SPA reads it for.

/** What a Kolada import read, decided and wrote (in a dry run: would write). */
export interface KoladaImportResult {
  readonly dryRun: boolean;
  readonly fileName: string;
  readonly sha256: string;
  readonly bytes: number;
  readonly municipality: string | null;
  /** Gender rows in the file (T, K and M rows each count). */
  readonly rowsRead: number;
  /** Outcomes recorded or corrected (in a dry run: that would be). */
  readonly measurementsWritten: number;
  readonly recorded: number;
  readonly corrected: number;
  /** Periods whose outcome the indicator already had, unchanged. */
  readonly unchanged: number;
  readonly skipped: {
    readonly unknownKpi: number;
    readonly otherMunicipality: number;
    readonly nullValues: number;
    readonly duplicates: number;
    readonly withoutTotal: number;
  };
  readonly unknownKpis: readonly string[];
  readonly indicatorsTouched: readonly string[];
  readonly eventsWritten: number;
  readonly position: string | null;
  readonly durationMs: number;
}

const count = z.number().int();

export const koladaImportResultSchema = z.object({
  dryRun: z.boolean(),
  fileName: z.string(),
  sha256: z.string(),
  bytes: count,
  municipality: z.string().nullable(),
  rowsRead: count,
  measurementsWritten: count,
  recorded: count,
  corrected: count,
  unchanged: count,
  skipped: z.object({ unknownKpi: count, otherMunicipality: count, nullValues: count, duplicates: count, withoutTotal: count }),
  unknownKpis: z.array(z.string()),
  indicatorsTouched: z.array(z.string()),
  eventsWritten: count,
  position: z.string().nullable(),
  durationMs: z.number(),
}) satisfies z.ZodType<KoladaImportResult>;

/** Where in the file the API found the first problem: its line and JSON path. */
export interface KoladaFileLocation {
  readonly line: number;
  readonly path: string;
}

const detailsSchema = z.object({ details: z.object({ line: z.number().int(), path: z.string() }) });

/** The line and JSON path a refusal's `details` name, if it names them. */
export function fileLocationOf(body: unknown): KoladaFileLocation | null {
  const parsed = detailsSchema.safeParse(body);
  return parsed.success ? parsed.data.details : null;
}
