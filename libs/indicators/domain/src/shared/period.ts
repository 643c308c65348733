/** How long a follow-up period is: Kolada reports years; interim reports use halves, quarters, months. */
export type PeriodKind = 'year' | 'half-year' | 'quarter' | 'month';

/** A valid period: `2019`, `2019-H1`, `2019-Q3` or `2019-07`, with the months it covers (1–12). */
export type Period = {
  readonly key: string;
  readonly year: number;
  readonly kind: PeriodKind;
  readonly firstMonth: number;
  readonly lastMonth: number;
};

/** A period, or why the text is not one. */
export type PeriodCheck =
  { readonly ok: true; readonly period: Period } | { readonly ok: false; readonly problem: string };

/** The years the domain accepts: wide enough for any municipal archive, narrow enough to catch typos. */
export const yearRange = { min: 1900, max: 2100 } as const;

const pattern = /^(\d{4})(?:-(?:H(\d+)|Q(\d+)|(\d{2})))?$/u;

// An import repeats a few thousand period texts a million times, so each valid one is read once.
// There are at most 201 years × 19 periods of them, so the cache stays small.
const validPeriods = new Map<string, PeriodCheck>();

/** Reads a period written exactly as `YYYY`, `YYYY-H1`…`H2`, `YYYY-Q1`…`Q4` or `YYYY-MM`. */
export function checkPeriod(text: string): PeriodCheck {
  const known = validPeriods.get(text);
  if (known) return known;
  const check = readPeriod(text);
  if (check.ok) validPeriods.set(text, check);
  return check;
}

function readPeriod(text: string): PeriodCheck {
  const match = pattern.exec(text);
  if (!match) {
    return { ok: false, problem: 'must be a period: YYYY, YYYY-H1, YYYY-Q1 … YYYY-Q4 or YYYY-MM' };
  }
  const year = Number(match[1]);
  const problem = yearProblem(year);
  if (problem) return { ok: false, problem };
  const [half, quarter, month] = [match[2], match[3], match[4]];
  if (half !== undefined) return part(text, year, 'half-year', Number(half), 2, 'half-year must be H1 or H2');
  if (quarter !== undefined)
    return part(text, year, 'quarter', Number(quarter), 4, 'quarter must be Q1 … Q4');
  if (month !== undefined) return part(text, year, 'month', Number(month), 12, 'month must be 01 … 12');
  return { ok: true, period: { key: text, year, kind: 'year', firstMonth: 1, lastMonth: 12 } };
}

function part(
  key: string,
  year: number,
  kind: PeriodKind,
  index: number,
  perYear: number,
  problem: string,
): PeriodCheck {
  if (index < 1 || index > perYear) return { ok: false, problem };
  const months = 12 / perYear;
  return {
    ok: true,
    period: { key, year, kind, firstMonth: (index - 1) * months + 1, lastMonth: index * months },
  };
}

/** Why a year is refused, or null for a whole year within the sane range. */
export function yearProblem(year: number): string | null {
  if (!Number.isInteger(year)) return 'must be a whole year';
  if (year < yearRange.min || year > yearRange.max) {
    return `must be a year from ${yearRange.min} to ${yearRange.max}`;
  }
  return null;
}

/** The period, or null when the text is not one. */
export function parsePeriod(text: string): Period | null {
  const check = checkPeriod(text);
  return check.ok ? check.period : null;
}

/** Months since year 0: a period covers [startOf, endOf]. */
export function startOf(period: Period): number {
  return period.year * 12 + period.firstMonth - 1;
}

export function endOf(period: Period): number {
  return period.year * 12 + period.lastMonth - 1;
}

/**
 * Total order for display: by start, and a longer period before the shorter ones it contains
 * (2019, 2019-H1, 2019-Q1, 2019-01, 2019-02, …). Two different periods never compare equal.
 */
export function comparePeriods(a: Period, b: Period): number {
  return startOf(a) - startOf(b) || endOf(b) - endOf(a);
}

/**
 * The more recent of two periods of one year: the later end wins, and of periods ending together
 * (H2, Q4, December) the longer one, which sums up more of the year.
 */
export function isLaterPeriod(a: Period, than: Period): boolean {
  return endOf(a) - endOf(than) > 0 || (endOf(a) === endOf(than) && startOf(a) < startOf(than));
}

/** True when `inner` lies wholly within [from, to]. */
export function isWithin(inner: Period, from: Period | null, to: Period | null): boolean {
  return (from === null || startOf(inner) >= startOf(from)) && (to === null || endOf(inner) <= endOf(to));
}
