import type { MeasurementRow } from './import-measurements';

/** Kolada's gender codes: T total, K kvinnor (women), M män (men). */
export type GenderCode = 'T' | 'K' | 'M';

/** One value as Kolada lists it: one row per period and gender. */
export type GenderRow = { period: string; gender: GenderCode; value: number | null; source?: string | null };

/** Rows grouped into one measurement per period, and the periods left out for lack of a total. */
export type GroupedGenderRows = { rows: MeasurementRow[]; withoutTotal: string[] };

/**
 * Groups per-gender rows by period, in one pass with a map: T becomes the value, K and M the
 * breakdown. A period without a total (Kolada leaves it null when too few answered) is not a
 * measurement and is listed in `withoutTotal`. A later row for the same period and gender wins.
 */
export function measurementRowsFromGenders(rows: readonly GenderRow[]): GroupedGenderRows {
  const byPeriod = new Map<
    string,
    { T: number | null; K: number | null; M: number | null; source: string | null }
  >();
  for (const row of rows) {
    const group = byPeriod.get(row.period) ?? { T: null, K: null, M: null, source: null };
    group[row.gender] = row.value;
    group.source = row.source ?? group.source;
    byPeriod.set(row.period, group);
  }
  const grouped: GroupedGenderRows = { rows: [], withoutTotal: [] };
  for (const [period, { T, K, M, source }] of byPeriod) {
    if (T === null) {
      grouped.withoutTotal.push(period);
      continue;
    }
    const breakdown = K === null && M === null ? null : { women: K, men: M };
    grouped.rows.push({ period, value: T, breakdown, ...(source === null ? {} : { source }) });
  }
  return grouped;
}
