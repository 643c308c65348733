import type { KoladaLocation } from '@goaltrail/kolada';
import type { InputIssue } from '@goaltrail/indicators-domain';

/** Why a well-formed Kolada file cannot be imported as given. */
export type ImportRejection = 'conflicting-duplicates' | 'invalid-value' | 'municipality-required' | 'municipality-not-in-file';

/**
 * A Kolada file that is valid JSON of the right shape but cannot be imported: two rows contradict each
 * other, a value does not fit its indicator, or the municipality is ambiguous. Nothing was written. The
 * message names the line and JSON path of each row involved; `issues` gives them as field paths (400).
 */
export class MeasurementsImportRejectedError extends Error {
  override readonly name = 'MeasurementsImportRejectedError';
  readonly issues: readonly InputIssue[];

  constructor(
    readonly reason: ImportRejection,
    message: string,
    /** The rows involved: one, or for a conflict the first row and the one contradicting it. */
    readonly locations: readonly KoladaLocation[] = [],
    /** The member of each row at fault, e.g. `value`. */
    member?: string,
  ) {
    super(message);
    this.issues = locations.map((location) => ({
      path: [...koladaPathSegments(location.path), ...(member ? [member] : [])],
      message: `line ${location.line}: ${message}`,
    }));
  }
}

/** `values[3].values[0].gender` as field path segments: `['values', 3, 'values', 0, 'gender']`. */
export function koladaPathSegments(path: string): (string | number)[] {
  const segments: (string | number)[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    segments.push(match[2] === undefined ? (match[1] ?? '') : Number(match[2]));
  }
  return segments;
}
