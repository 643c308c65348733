import type { KoladaLocation } from './kolada-file-error';

/** Kolada's genders: T (totalt, everyone), K (kvinnor), M (män). */
export const koladaGenders = ['T', 'K', 'M'] as const;

/** One of `koladaGenders`. */
export type KoladaGender = (typeof koladaGenders)[number];

/**
 * One measurement: a gender entry of a Kolada `/v3/data` value, with its KPI, municipality and period.
 * The same (kpi, municipality, period, gender) may come more than once; every occurrence is a row.
 */
export interface KoladaRow {
  /** A KPI id such as `N00945`: an upper-case letter and five digits. */
  readonly kpi: string;
  /** A four-digit code such as `0182` (Nacka); `0000` is Riket, the whole country. */
  readonly municipality: string;
  /** The year; the file may write it as a number (as Kolada does) or as a string such as "2019". */
  readonly period: number;
  readonly gender: KoladaGender;
  /** Null when Kolada has no value; `status` then often says why. */
  readonly value: number | null;
  /** Kolada's count of underlying observations; null when absent or null in the file. */
  readonly count: number | null;
  /** Kolada's remark on the value; empty when absent or null in the file. */
  readonly status: string;
  /** Where the gender entry starts: the line of its `{` and its path, e.g. `values[12].values[2]`. */
  readonly location: KoladaLocation;
}
