import type { RecordedEventLike } from '@goaltrail/goals-domain';
import type { IndicatorCommand } from '../commands/command';
import { decide } from '../commands/decide';
import { IndicatorInputError, type InputIssue } from '../errors/indicator-input-error';
import type { DefineIndicator } from '../indicators/commands/define-indicator';
import type { RecordMeasurement } from '../indicators/commands/record-measurement';
import type { SetTarget } from '../indicators/commands/set-target';
import type { IndicatorEvent } from '../indicators/indicator.events';
import { indicatorStateFrom } from '../indicators/indicator.evolve';
import type { IndicatorState } from '../indicators/indicator.state';

/** The indicator most tests use: user satisfaction in home care, a percentage that should rise. */
export const nojdhet: DefineIndicator = {
  type: 'DefineIndicator',
  indicatorId: 'nojdhet',
  name: 'Nöjdhet med hemtjänsten',
  unit: 'percent',
  direction: 'increase',
  measurementMethod: 'brukarundersökning',
  dataSource: 'Socialstyrelsen',
  koladaKpiId: 'U21468',
  tolerance: 2,
};

/** A count that should fall: appeals (besvärsärenden). */
export const besvar: DefineIndicator = {
  type: 'DefineIndicator',
  indicatorId: 'besvar',
  name: 'Besvärsärenden',
  unit: 'count',
  direction: 'decrease',
  measurementMethod: 'besvärsärenden',
  dataSource: 'intern statistik',
  tolerance: 2,
};

/** Runs commands one after another, as handlers would, and folds what they decide. */
export function after(state: IndicatorState | null, ...commands: IndicatorCommand[]): IndicatorState {
  let next = state;
  for (const command of commands) next = indicatorStateFrom(decide(command, next), next);
  if (!next) throw new Error('The given commands do not define an indicator');
  return next;
}

/** A defined indicator (nojdhet unless told otherwise). */
export function defined(overrides: Partial<DefineIndicator> = {}): IndicatorState {
  return after(null, { ...nojdhet, ...overrides });
}

/** SetTarget on the indicator, percent at-least unless told otherwise. */
export function target(year: number, value: number, extra: Partial<SetTarget> = {}): SetTarget {
  return {
    type: 'SetTarget',
    indicatorId: 'nojdhet',
    unit: 'percent',
    year,
    comparator: 'at-least',
    value,
    ...extra,
  };
}

/** RecordMeasurement on the indicator, percent from Kolada unless told otherwise. */
export function measure(
  period: string,
  value: number | string,
  extra: Partial<RecordMeasurement> = {},
): RecordMeasurement {
  return {
    type: 'RecordMeasurement',
    indicatorId: 'nojdhet',
    unit: 'percent',
    period,
    value,
    source: 'Kolada',
    ...extra,
  };
}

/** Events as the store returns them, with revisions from `first` and one day apart. */
export function recorded(events: readonly IndicatorEvent[], first = 0): RecordedEventLike[] {
  return events.map((event, index) => ({
    ...event,
    streamId: 'indicator-nojdhet',
    revision: first + index,
    metadata: {
      actor: 'admin',
      role: 'admin',
      effectiveAt: `2021-01-${String(first + index + 1).padStart(2, '0')}`,
      recordedAt: `2021-02-${String(first + index + 1).padStart(2, '0')}T10:00:00Z`,
    },
  }));
}

/** The issues of the IndicatorInputError that `run` throws; fails the test if it throws nothing or something else. */
export function inputIssues(run: () => unknown): readonly InputIssue[] {
  try {
    run();
  } catch (error) {
    if (error instanceof IndicatorInputError) return error.issues;
    throw error;
  }
  throw new Error('Expected an IndicatorInputError, but nothing was thrown');
}
