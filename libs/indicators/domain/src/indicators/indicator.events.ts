import type { IndicatorDirection } from '../vocabulary/indicator-direction';
import type { IndicatorUnit } from '../vocabulary/indicator-unit';
import type { TargetComparator } from '../vocabulary/target-comparator';

// Event data are type aliases of JSON values (null, never undefined) so that they are assignable
// to the event store's JsonObject without a cast. Only IndicatorDefined repeats the indicator id:
// every event is on `indicator-<id>`, and a large import should not store the id a million times.

/** The fields whose change makes a new definition version: they change what a value means. */
export type DefinitionFields = {
  description: string | null;
  unit: IndicatorUnit;
  direction: IndicatorDirection;
  measurementMethod: string;
  dataSource: string;
  koladaKpiId: string | null;
};

/** Names of the versioned definition fields. */
export type DefinitionField = keyof DefinitionFields;

/** An indicator starts at definition version 1. */
export type IndicatorDefined = {
  type: 'IndicatorDefined';
  data: DefinitionFields & { indicatorId: string; name: string; tolerance: number; definitionVersion: 1 };
};

/** The definition changes: a new version with the full new definition, what changed and why. */
export type IndicatorDefinitionRevised = {
  type: 'IndicatorDefinitionRevised';
  data: DefinitionFields & { definitionVersion: number; changed: DefinitionField[]; reason: string };
};

/** The display name changes; the definition version stays, as what is measured has not changed. */
export type IndicatorRenamed = { type: 'IndicatorRenamed'; data: { name: string } };

/** How far a missed target may be and still count as yellow, in the indicator's unit. */
export type IndicatorToleranceSet = { type: 'IndicatorToleranceSet'; data: { tolerance: number } };

/** The indicator follows up a goal of a committee. */
export type IndicatorLinkedToGoal = {
  type: 'IndicatorLinkedToGoal';
  data: { goalId: string; committeeId: string };
};

/** The indicator no longer follows up the goal. */
export type IndicatorUnlinkedFromGoal = {
  type: 'IndicatorUnlinkedFromGoal';
  data: { goalId: string; committeeId: string; reason: string | null };
};

/** The baseline a change target is measured from: a period and the value the decision names. */
export type BaselineData = { period: string; value: number };

/** A target as events carry it, against the definition version it was set under. */
export type TargetData = {
  year: number;
  comparator: TargetComparator;
  value: number;
  baseline: BaselineData | null;
  definitionVersion: number;
};

/** A first target for a year. */
export type TargetSet = { type: 'TargetSet'; data: TargetData };

/** A year's target changes (or is re-affirmed under a newer definition); the old one stays in history. */
export type TargetRevised = { type: 'TargetRevised'; data: TargetData & { reason: string } };

/** Outcome split by gender as Kolada has it: the value is the total (T), women (K), men (M). */
export type GenderBreakdown = { women: number | null; men: number | null };

/** A measurement as events carry it: a number, or a string for text indicators. */
export type MeasurementData = {
  period: string;
  value: number | string;
  breakdown: GenderBreakdown | null;
  source: string;
  definitionVersion: number;
};

/** A first outcome for a period. */
export type MeasurementRecorded = { type: 'MeasurementRecorded'; data: MeasurementData };

/** A period's outcome is corrected; the earlier value stays in history. */
export type MeasurementCorrected = {
  type: 'MeasurementCorrected';
  data: MeasurementData & { reason: string };
};

/** Every event of an `indicator-<id>` stream. */
export type IndicatorEvent =
  | IndicatorDefined
  | IndicatorDefinitionRevised
  | IndicatorRenamed
  | IndicatorToleranceSet
  | IndicatorLinkedToGoal
  | IndicatorUnlinkedFromGoal
  | TargetSet
  | TargetRevised
  | MeasurementRecorded
  | MeasurementCorrected;

// A Record keyed by the union makes the compiler reject a missing or a stray type name.
const indicatorEventTypeSet: Record<IndicatorEvent['type'], true> = {
  IndicatorDefined: true,
  IndicatorDefinitionRevised: true,
  IndicatorRenamed: true,
  IndicatorToleranceSet: true,
  IndicatorLinkedToGoal: true,
  IndicatorUnlinkedFromGoal: true,
  TargetSet: true,
  TargetRevised: true,
  MeasurementRecorded: true,
  MeasurementCorrected: true,
};

/** The stable type names of indicator events. */
export const indicatorEventTypes = Object.keys(indicatorEventTypeSet) as IndicatorEvent['type'][];

/** The event as an indicator event, or null for a type this version does not know. */
export function asIndicatorEvent(event: { type: string; data: unknown }): IndicatorEvent | null {
  return Object.hasOwn(indicatorEventTypeSet, event.type) ? (event as IndicatorEvent) : null;
}
