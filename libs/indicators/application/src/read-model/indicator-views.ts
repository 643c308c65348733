import {
  comparePeriods,
  type DefinitionVersion,
  type EventRef,
  type GoalLink,
  type IndicatorDirection,
  type IndicatorUnit,
  type MeasurementEntry,
  type TargetEntry,
} from '@goaltrail/indicators-domain';
import type { IndicatorEntry } from './indicators-read-model';

/** An indicator as the list shows it. */
export interface IndicatorSummary {
  readonly indicatorId: string;
  readonly name: string;
  readonly description: string | null;
  readonly unit: IndicatorUnit;
  readonly direction: IndicatorDirection;
  readonly measurementMethod: string;
  readonly dataSource: string;
  readonly koladaKpiId: string | null;
  /** The current definition version (1, 2 …). */
  readonly definitionVersion: number;
  readonly tolerance: number;
  /** Stream revision: the indicator's version as a whole. */
  readonly revision: number;
  /** The goals it follows up. */
  readonly goals: readonly GoalLink[];
  readonly targetCount: number;
  readonly measurementCount: number;
}

/** The event a value came from, with who recorded it. */
export type RecordedRef = EventRef & { readonly actor: string | null; readonly role: string | null };

/** A value of the history with its event and recorder. */
export type WithRecorder<T extends { readonly event: EventRef }> = Omit<T, 'event'> & { readonly event: RecordedRef };

/** One indicator in full: every definition version, every target and outcome with their histories. */
export interface IndicatorDetails extends IndicatorSummary {
  /** Every definition version, oldest first, each with its reason and field changes. */
  readonly definitions: readonly WithRecorder<DefinitionVersion>[];
  /** By year; `history` holds every value the target had, oldest first (the last is `current`). */
  readonly targets: readonly { year: number; current: WithRecorder<TargetEntry>; history: readonly WithRecorder<TargetEntry>[] }[];
  /** By period; `history` holds every value the outcome had, oldest first (the last is `current`). */
  readonly measurements: readonly {
    period: string;
    current: WithRecorder<MeasurementEntry>;
    history: readonly WithRecorder<MeasurementEntry>[];
  }[];
}

/** The list entry of an indicator. */
export function summaryOf({ state, revision }: IndicatorEntry): IndicatorSummary {
  const { description, unit, direction, measurementMethod, dataSource, koladaKpiId, version } = state.definition;
  return {
    indicatorId: state.indicatorId,
    name: state.name,
    description,
    unit,
    direction,
    measurementMethod,
    dataSource,
    koladaKpiId,
    definitionVersion: version,
    tolerance: state.tolerance,
    revision,
    goals: state.links,
    targetCount: state.targets.size,
    measurementCount: state.measurements.size,
  };
}

/** The full view of an indicator, each recorded value naming the event and who recorded it. */
export function detailsOf(entry: IndicatorEntry): IndicatorDetails {
  const { state } = entry;
  const recorded = <T extends { readonly event: EventRef }>(value: T): WithRecorder<T> => {
    const by = entry.recordedBy(value.event.revision);
    return { ...value, event: { ...value.event, actor: by?.actor ?? null, role: by?.role ?? null } };
  };
  const targets = [...state.targets.values()].sort((a, b) => a.year - b.year);
  const measurements = [...state.measurements.values()].sort((a, b) => comparePeriods(a.period, b.period));
  return {
    ...summaryOf(entry),
    definitions: state.definitions.map(recorded),
    targets: targets.map((record) => ({ year: record.year, current: recorded(record.current), history: record.history.map(recorded) })),
    measurements: measurements.map((record) => ({
      period: record.period.key,
      current: recorded(record.current),
      history: record.history.map(recorded),
    })),
  };
}
