import type { IndicatorState, MeasurementRecord } from '../indicators/indicator.state';
import { isLaterPeriod } from '../shared/period';

/**
 * The outcome a year is followed up with: the annual period when there is one, otherwise the
 * latest sub-period of that year (the last interim report: H2 over Q4 over December when they end
 * together, as the longer one sums up more of the year).
 */
export function yearOutcome(state: IndicatorState, year: number): MeasurementRecord | null {
  let best: MeasurementRecord | null = null;
  for (const record of state.measurements.values()) {
    if (record.period.year === year) best = better(best, record);
  }
  return best;
}

/** Every year's outcome in one pass over the measurements. */
export function outcomesByYear(state: IndicatorState): Map<number, MeasurementRecord> {
  const byYear = new Map<number, MeasurementRecord>();
  for (const record of state.measurements.values()) {
    byYear.set(record.period.year, better(byYear.get(record.period.year) ?? null, record));
  }
  return byYear;
}

function better(best: MeasurementRecord | null, candidate: MeasurementRecord): MeasurementRecord {
  if (!best) return candidate;
  if (best.period.kind === 'year') return best;
  if (candidate.period.kind === 'year') return candidate;
  return isLaterPeriod(candidate.period, best.period) ? candidate : best;
}
