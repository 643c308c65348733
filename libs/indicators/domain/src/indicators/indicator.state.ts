import type { EventRef } from '../shared/event-ref';
import type { Period } from '../shared/period';
import type { TargetComparator } from '../vocabulary/target-comparator';
import type { BaselineData, DefinitionField, DefinitionFields, GenderBreakdown } from './indicator.events';

/** One field of a definition revision: its value before and after. */
export type DefinitionFieldChange = {
  readonly field: DefinitionField;
  readonly from: string | null;
  readonly to: string | null;
};

/** One definition version (1, 2, 3 …): what a value recorded under it means. */
export type DefinitionVersion = Readonly<DefinitionFields> & {
  readonly version: number;
  /** null for version 1, which is the original definition. */
  readonly reason: string | null;
  /** Empty for version 1. */
  readonly changes: readonly DefinitionFieldChange[];
  readonly event: EventRef;
};

/** A goal the indicator follows up. */
export type GoalLink = { readonly goalId: string; readonly committeeId: string };

/** One value a year's target had: set, then each revision. */
export type TargetEntry = {
  readonly year: number;
  readonly comparator: TargetComparator;
  readonly value: number;
  readonly baseline: Readonly<BaselineData> | null;
  readonly definitionVersion: number;
  /** null for the first setting; the revision's reason otherwise. */
  readonly reason: string | null;
  readonly event: EventRef;
};

/** A year's target: the one in force and every earlier one, oldest first (the last is `current`). */
export type TargetRecord = {
  readonly year: number;
  readonly current: TargetEntry;
  readonly history: readonly TargetEntry[];
};

/** One value a period's outcome had: recorded, then each correction. */
export type MeasurementEntry = {
  readonly value: number | string;
  readonly breakdown: Readonly<GenderBreakdown> | null;
  readonly source: string;
  readonly definitionVersion: number;
  /** null for the first recording; the correction's reason otherwise. */
  readonly reason: string | null;
  readonly event: EventRef;
};

/** A period's outcome: the one in force and every earlier one, oldest first (the last is `current`). */
export type MeasurementRecord = {
  readonly period: Period;
  readonly current: MeasurementEntry;
  readonly history: readonly MeasurementEntry[];
};

/**
 * An indicator as decisions and queries need it. Targets are keyed by year and measurements by
 * period key, so looking one up while deciding a large import is constant time. Nothing is ever
 * overwritten: a correction appends to the record's history.
 */
export type IndicatorState = {
  readonly indicatorId: string;
  readonly name: string;
  readonly tolerance: number;
  /** The current definition version. */
  readonly definition: DefinitionVersion;
  /** Every version, oldest first. */
  readonly definitions: readonly DefinitionVersion[];
  readonly links: readonly GoalLink[];
  readonly targets: ReadonlyMap<number, TargetRecord>;
  readonly measurements: ReadonlyMap<string, MeasurementRecord>;
};

/** The definition version with that number, if it exists. */
export function findDefinitionVersion(state: IndicatorState, version: number): DefinitionVersion | undefined {
  return state.definitions[version - 1];
}
