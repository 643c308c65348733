import { KoladaDuplicateTracker, readKoladaBatches, readKoladaRows, type KoladaChunks, type KoladaRow } from '@goaltrail/kolada';
import { valueProblem } from '@goaltrail/indicators-domain';
import type { KpiCatalogue } from '../../read-model/indicator-indexes';
import { ChunkDigest } from './chunk-digest';
import { MeasurementsImportRejectedError } from './measurements-import.errors';

/** What the validation pass learnt about a file that can be imported. */
export interface ValidatedFile {
  readonly rows: number;
  readonly bytes: number;
  readonly sha256: string;
  /** The municipality to import: the one asked for, or the file's only one; null for a file without rows. */
  readonly municipality: string | null;
  readonly unknownKpis: readonly string[];
  /** Rows to import that repeat an earlier row with the same value (dropped when writing). */
  readonly repeatedRows: number;
}

/** How the validation pass reads. */
export interface ValidationOptions {
  readonly municipality: string | null;
  readonly batchSize: number;
  readonly onRows: (rows: number) => void;
}

/**
 * Reads the whole file once, keeping no rows, and throws before anything is written: a KoladaFileError for
 * a malformed file (line and path), or a MeasurementsImportRejectedError for a value that does not fit its
 * indicator, for two rows of one measurement with different values (both named), or for an unclear
 * municipality. Rows of KPI ids that no indicator carries are only counted.
 */
export async function validateForImport(source: () => KoladaChunks, catalogue: KpiCatalogue, options: ValidationOptions): Promise<ValidatedFile> {
  const digest = new ChunkDigest();
  const municipalities = new Set<string>();
  const unknownKpis = new Set<string>();
  const tracker = new KoladaDuplicateTracker();
  const filter = options.municipality;
  let rows = 0;
  let repeatedRows = 0;
  let conflict: KoladaRow | null = null;
  reading: for await (const batch of readKoladaBatches(digest.pass(source()), { batchSize: options.batchSize })) {
    for (const row of batch) {
      municipalities.add(row.municipality);
      const targets = catalogue.get(row.kpi);
      if (!targets) unknownKpis.add(row.kpi);
      if (!targets || (filter !== null && row.municipality !== filter)) continue;
      if (row.value !== null) {
        for (const target of targets) {
          const problem = valueProblem(target.unit, row.value);
          if (problem) throw invalidValue(row, `${problem} (${row.kpi} is indicator ${target.indicatorId}, unit ${target.unit})`);
        }
      }
      const repeat = tracker.see(row);
      if (repeat === 'identical') repeatedRows += 1;
      else if (repeat === 'conflicting') {
        conflict = row;
        break reading;
      }
    }
    rows += batch.length;
    options.onRows(rows);
  }
  // Located after the read has stopped, so the source is not read twice at once.
  if (conflict) throw await conflictError(source, conflict, tracker.firstValueOf(conflict) ?? null);
  return {
    rows,
    bytes: digest.bytes,
    sha256: digest.hex(),
    municipality: chosenMunicipality(filter, municipalities),
    unknownKpis: [...unknownKpis].sort(),
    repeatedRows,
  };
}

function invalidValue(row: KoladaRow, problem: string): MeasurementsImportRejectedError {
  const { line, path } = row.location;
  return new MeasurementsImportRejectedError('invalid-value', `line ${line}, ${path}.value: ${row.value} ${problem}`, [row.location], 'value');
}

async function conflictError(source: () => KoladaChunks, row: KoladaRow, firstValue: number | null): Promise<MeasurementsImportRejectedError> {
  let first: KoladaRow | null = null;
  for await (const candidate of readKoladaRows(source())) {
    if (sameMeasurement(candidate, row)) {
      first = candidate;
      break;
    }
  }
  const identity = `${row.kpi}, municipality ${row.municipality}, ${row.period}, gender ${row.gender}`;
  const at = (candidate: KoladaRow, value: number | null) => `line ${candidate.location.line}, ${candidate.location.path} has ${value}`;
  const firstText = first ? at(first, firstValue) : `an earlier row has ${firstValue}`;
  return new MeasurementsImportRejectedError(
    'conflicting-duplicates',
    `Two rows give different values for ${identity}: ${firstText}, but ${at(row, row.value)}. Keep one of them.`,
    first ? [first.location, row.location] : [row.location],
    'value',
  );
}

function sameMeasurement(a: KoladaRow, b: KoladaRow): boolean {
  return a.kpi === b.kpi && a.municipality === b.municipality && a.period === b.period && a.gender === b.gender;
}

function chosenMunicipality(filter: string | null, inFile: ReadonlySet<string>): string | null {
  const listed = [...inFile].sort();
  const shown = listed.length > 12 ? `${listed.slice(0, 12).join(', ')} …` : listed.join(', ');
  if (filter !== null) {
    if (inFile.size > 0 && !inFile.has(filter)) {
      throw new MeasurementsImportRejectedError('municipality-not-in-file', `Municipality ${filter} is not in the file, which holds ${shown}.`);
    }
    return filter;
  }
  if (inFile.size > 1) {
    throw new MeasurementsImportRejectedError(
      'municipality-required',
      `The file holds ${inFile.size} municipalities (${shown}): say which one to import with municipality=<code>.`,
    );
  }
  return listed[0] ?? null;
}
