import type { KoladaRow } from '../kolada-row';
import { readKoladaBatches, type KoladaChunks } from '../read-kolada-rows/read-kolada-rows';
import { KoladaDuplicateTracker } from './kolada-duplicate-tracker';

/** What a valid Kolada file holds, to show before importing it. */
export interface KoladaFileSummary {
  /** Gender entries, duplicates included. */
  rows: number;
  /** Distinct KPI ids, sorted. */
  kpis: string[];
  /** Distinct municipality codes, sorted. */
  municipalities: string[];
  /** Distinct years, ascending. */
  periods: number[];
  /** Rows whose value is null. */
  missingValues: number;
  /** Rows repeating an earlier row's kpi, municipality, period and gender. */
  duplicates: number;
  /** Of those, rows whose value differs from the first one's. */
  conflictingDuplicates: number;
  /** The first conflicting row and the value it contradicts, to show where to look. */
  firstConflict: { row: KoladaRow; firstValue: number | null } | null;
}

/**
 * Reads a whole Kolada file without keeping its rows: the summary, or the KoladaFileError of its first
 * problem. Read the file again with readKoladaRows to import it.
 */
export async function validateKoladaFile(chunks: KoladaChunks): Promise<KoladaFileSummary> {
  const kpis = new Set<string>();
  const municipalities = new Set<string>();
  const periods = new Set<number>();
  const tracker = new KoladaDuplicateTracker();
  const summary: KoladaFileSummary = {
    rows: 0,
    kpis: [],
    municipalities: [],
    periods: [],
    missingValues: 0,
    duplicates: 0,
    conflictingDuplicates: 0,
    firstConflict: null,
  };
  for await (const batch of readKoladaBatches(chunks)) {
    summary.rows += batch.length;
    for (const row of batch) {
      kpis.add(row.kpi);
      municipalities.add(row.municipality);
      periods.add(row.period);
      if (row.value === null) summary.missingValues += 1;
      const repeat = tracker.see(row);
      if (repeat === 'new') continue;
      summary.duplicates += 1;
      if (repeat === 'identical') continue;
      summary.conflictingDuplicates += 1;
      summary.firstConflict ??= { row, firstValue: tracker.firstValueOf(row) ?? null };
    }
  }
  summary.kpis = [...kpis].sort();
  summary.municipalities = [...municipalities].sort();
  summary.periods = [...periods].sort((a, b) => a - b);
  return summary;
}
