import type { GoalKind } from '../vocabulary/goal-kind';

// Event data are type aliases of JSON values (null, never undefined; mutable arrays) so that they
// are assignable to the event store's JsonObject without a cast.

/** A committee starts a plan for a year, possibly as a copy of an earlier year's plan. */
export type PlanDrafted = {
  type: 'PlanDrafted';
  data: { committeeId: string; year: number; carriedForwardFrom: number | null };
};

/** A council focus area (strategiskt inriktningsområde) with its description bullets joins the plan. */
export type FocusAreaAdded = {
  type: 'FocusAreaAdded';
  data: { focusAreaId: string; title: string; description: string[] };
};

/** A focus area's title or description changes. */
export type FocusAreaRevised = {
  type: 'FocusAreaRevised';
  data: { focusAreaId: string; title: string; description: string[] };
};

/** An empty focus area leaves the plan. */
export type FocusAreaRemoved = { type: 'FocusAreaRemoved'; data: { focusAreaId: string } };

/** A new goal, with a new identity, joins the plan at wording revision 0. */
export type GoalAdded = {
  type: 'GoalAdded';
  data: {
    goalId: string;
    kind: GoalKind;
    number: number;
    text: string;
    measurementMethod: string | null;
    focusAreaId: string | null;
  };
};

/**
 * An existing goal continues from an earlier year's plan, keeping its id and wording revision.
 * It carries a snapshot so that the plan's stream alone folds to the plan.
 */
export type GoalCarriedForward = {
  type: 'GoalCarriedForward';
  data: {
    goalId: string;
    fromYear: number;
    kind: GoalKind;
    number: number;
    text: string;
    measurementMethod: string | null;
    focusAreaId: string | null;
    revision: number;
  };
};

/** A goal gets a new wording (and possibly a new measurement method); `revision` is the new one. */
export type GoalReworded = {
  type: 'GoalReworded';
  data: { goalId: string; text: string; measurementMethod: string | null; reason: string; revision: number };
};

/** A goal changes section (focus area, or its kind's section when null) or number. */
export type GoalMoved = {
  type: 'GoalMoved';
  data: { goalId: string; focusAreaId: string | null; number: number };
};

/** A goal leaves the plan. `fromYear` is the year it was carried from, if any: that goal is retired. */
export type GoalRetired = {
  type: 'GoalRetired';
  data: { goalId: string; reason: string; fromYear: number | null };
};

/** The committee adopts the plan; from now on it changes only by amendment. */
export type PlanAdopted = {
  type: 'PlanAdopted';
  data: { decisionRef: string; decidedOn: string };
};

/** A decision amends an adopted plan; the changes it makes follow in the same append. */
export type PlanAmended = {
  type: 'PlanAmended';
  data: { decisionRef: string; decidedOn: string; reason: string };
};

/** Every event of a `plan-<committeeId>-<year>` stream. */
export type PlanEvent =
  | PlanDrafted
  | FocusAreaAdded
  | FocusAreaRevised
  | FocusAreaRemoved
  | GoalAdded
  | GoalCarriedForward
  | GoalReworded
  | GoalMoved
  | GoalRetired
  | PlanAdopted
  | PlanAmended;

// A Record keyed by the union makes the compiler reject a missing or a stray type name.
const planEventTypeSet: Record<PlanEvent['type'], true> = {
  PlanDrafted: true,
  FocusAreaAdded: true,
  FocusAreaRevised: true,
  FocusAreaRemoved: true,
  GoalAdded: true,
  GoalCarriedForward: true,
  GoalReworded: true,
  GoalMoved: true,
  GoalRetired: true,
  PlanAdopted: true,
  PlanAmended: true,
};

/** The stable type names of plan events. */
export const planEventTypes = Object.keys(planEventTypeSet) as PlanEvent['type'][];

/** The event as a plan event, or null for a type this version does not know. */
export function asPlanEvent(event: { type: string; data: unknown }): PlanEvent | null {
  return Object.hasOwn(planEventTypeSet, event.type) ? (event as PlanEvent) : null;
}
