import type { KoladaRow } from '../kolada-row';
import { FirstValueTable } from './first-value-table';

/** How a row relates to the rows before it with the same kpi, municipality, period and gender. */
export type KoladaRepeat = 'new' | 'identical' | 'conflicting';

/** The fields that make a measurement's identity. */
export type KoladaRowIdentity = Pick<KoladaRow, 'kpi' | 'municipality' | 'period' | 'gender'>;

const genderNumbers = { T: 0, K: 1, M: 2 } as const;

/**
 * The identity of a measurement as one number, exact below 2^53: letter (26) × digits (10^5) ×
 * municipality (10^4) × year (10^4) × gender (3) < 7.8 × 10^14, so a million of them fit in typed arrays.
 */
function identity(row: KoladaRowIdentity): number {
  const kpi = (row.kpi.charCodeAt(0) - 0x41) * 100_000 + digitsValue(row.kpi, 1);
  const place = kpi * 10_000 + digitsValue(row.municipality, 0);
  return (place * 10_000 + row.period) * 3 + genderNumbers[row.gender];
}

/** The whole number written by the digits from `from` on (the reader has checked they are digits). */
function digitsValue(text: string, from: number): number {
  let value = 0;
  for (let index = from; index < text.length; index += 1) value = value * 10 + text.charCodeAt(index) - 0x30;
  return value;
}

/** `N00945/0182/2019/T`: a row's identity for people and for keys of the caller's own maps. */
export function koladaRowKey(row: KoladaRowIdentity): string {
  return `${row.kpi}/${row.municipality}/${row.period}/${row.gender}`;
}

/**
 * Remembers each identity's first value, to tell a repeated row that changes nothing (`identical`:
 * the same value, or null again) from one that contradicts it (`conflicting`). Count and status are
 * not compared. At most 64 bytes a distinct identity (32 MB at a million).
 */
export class KoladaDuplicateTracker {
  private readonly firstValues = new FirstValueTable();

  /** Records the row and tells whether its identity came before. */
  see(row: Pick<KoladaRow, keyof KoladaRowIdentity | 'value'>): KoladaRepeat {
    const first = this.firstValues.getOrAdd(identity(row), row.value);
    if (first === undefined) return 'new';
    return first === row.value ? 'identical' : 'conflicting';
  }

  /** The value the identity had first, or undefined if no such row was seen. */
  firstValueOf(row: KoladaRowIdentity): number | null | undefined {
    return this.firstValues.get(identity(row));
  }
}
