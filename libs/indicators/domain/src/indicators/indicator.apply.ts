import type { EventRef } from '../shared/event-ref';
import { assertNever } from '../shared/assert-never';
import { parsePeriod } from '../shared/period';
import type {
  DefinitionField,
  IndicatorDefined,
  IndicatorDefinitionRevised,
  IndicatorEvent,
  MeasurementData,
  TargetData,
} from './indicator.events';
import type {
  DefinitionVersion,
  IndicatorState,
  MeasurementEntry,
  MeasurementRecord,
  TargetEntry,
  TargetRecord,
} from './indicator.state';

/** A state being folded: the same shape, with maps that the fold may write to. */
export type IndicatorDraft = {
  -readonly [K in keyof IndicatorState]: IndicatorState[K];
} & {
  targets: Map<number, TargetRecord>;
  measurements: Map<string, MeasurementRecord>;
};

const definitionFields: DefinitionField[] = [
  'description',
  'unit',
  'direction',
  'measurementMethod',
  'dataSource',
  'koladaKpiId',
];

export function definedDraft(data: IndicatorDefined['data'], event: EventRef): IndicatorDraft {
  const definition: DefinitionVersion = {
    ...pickDefinition(data),
    version: 1,
    reason: null,
    changes: [],
    event,
  };
  return {
    indicatorId: data.indicatorId,
    name: data.name,
    tolerance: data.tolerance,
    definition,
    definitions: [definition],
    links: [],
    targets: new Map(),
    measurements: new Map(),
  };
}

/** A draft of an existing state. Copies the maps (linear in their size), so the state is not touched. */
export function draftOf(state: IndicatorState): IndicatorDraft {
  return { ...state, targets: new Map(state.targets), measurements: new Map(state.measurements) };
}

/**
 * Applies one event to a draft in place. Arrays and records are replaced, never pushed to, so a
 * state that shares them with the draft's origin stays as it was.
 */
export function applyToDraft(draft: IndicatorDraft, event: IndicatorEvent, ref: EventRef): void {
  switch (event.type) {
    case 'IndicatorDefined':
      Object.assign(draft, definedDraft(event.data, ref));
      return;
    case 'IndicatorDefinitionRevised': {
      const next = revisedVersion(draft.definition, event.data, ref);
      draft.definition = next;
      draft.definitions = [...draft.definitions, next];
      return;
    }
    case 'IndicatorRenamed':
      draft.name = event.data.name;
      return;
    case 'IndicatorToleranceSet':
      draft.tolerance = event.data.tolerance;
      return;
    case 'IndicatorLinkedToGoal':
      draft.links = [...draft.links.filter((l) => l.goalId !== event.data.goalId), { ...event.data }];
      return;
    case 'IndicatorUnlinkedFromGoal':
      draft.links = draft.links.filter((link) => link.goalId !== event.data.goalId);
      return;
    case 'TargetSet':
      return addTarget(draft, event.data, null, ref);
    case 'TargetRevised':
      return addTarget(draft, event.data, event.data.reason, ref);
    case 'MeasurementRecorded':
      return addMeasurement(draft, event.data, null, ref);
    case 'MeasurementCorrected':
      return addMeasurement(draft, event.data, event.data.reason, ref);
    default:
      return assertNever(event);
  }
}

function pickDefinition(data: IndicatorDefined['data'] | IndicatorDefinitionRevised['data']) {
  const { description, unit, direction, measurementMethod, dataSource, koladaKpiId } = data;
  return { description, unit, direction, measurementMethod, dataSource, koladaKpiId };
}

function revisedVersion(
  previous: DefinitionVersion,
  data: IndicatorDefinitionRevised['data'],
  event: EventRef,
): DefinitionVersion {
  const next = pickDefinition(data);
  const changes = definitionFields
    .filter((field) => next[field] !== previous[field])
    .map((field) => ({ field, from: previous[field], to: next[field] }));
  return { ...next, version: data.definitionVersion, reason: data.reason, changes, event };
}

function addTarget(draft: IndicatorDraft, data: TargetData, reason: string | null, event: EventRef): void {
  const { year, comparator, value, baseline, definitionVersion } = data;
  const entry: TargetEntry = {
    year,
    comparator,
    value,
    baseline: baseline && { ...baseline },
    definitionVersion,
    reason,
    event,
  };
  const history = [...(draft.targets.get(year)?.history ?? []), entry];
  draft.targets.set(year, { year, current: entry, history });
}

function addMeasurement(
  draft: IndicatorDraft,
  data: MeasurementData,
  reason: string | null,
  event: EventRef,
): void {
  const existing = draft.measurements.get(data.period);
  // decide only writes valid periods; a stored one that is not (hand-edited, or from a newer
  // version's period format) cannot be placed in time, so the fold leaves it out.
  const period = existing?.period ?? parsePeriod(data.period);
  if (!period) return;
  const entry: MeasurementEntry = {
    value: data.value,
    breakdown: data.breakdown && { ...data.breakdown },
    source: data.source,
    definitionVersion: data.definitionVersion,
    reason,
    event,
  };
  draft.measurements.set(data.period, {
    period,
    current: entry,
    history: [...(existing?.history ?? []), entry],
  });
}
