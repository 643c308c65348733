import { sectionIdOf, type PlanGoal, type PlanState } from './plan.state';

/**
 * Lookups over one plan state, kept by a fold that moves a plan on event by event (an import deciding
 * thousands of goals in a row). The rules use it when the state has one, so each check costs the same
 * however many goals the plan holds; a state without one is searched, which is cheaper for a state
 * checked once.
 */
export interface PlanIndex {
  /** goalId → position in `plan.goals`. */
  readonly goalPositions: Map<string, number>;
  /** `<section>#<number>` → the goals holding that number in that section. */
  readonly goalsAtPlace: Map<string, Set<string>>;
  /** focusAreaId → position in `plan.focusAreas`. */
  readonly focusAreaPositions: Map<string, number>;
  /** Goals that left the plan. */
  readonly retiredGoalIds: Set<string>;
}

const indexes = new WeakMap<PlanState, PlanIndex>();

/** The index a fold keeps for this very state object, if any. */
export function planIndexOf(plan: PlanState): PlanIndex | undefined {
  return indexes.get(plan);
}

/** Records `index` as describing `plan`; the fold that owns both keeps them in step. */
export function attachPlanIndex(plan: PlanState, index: PlanIndex): void {
  indexes.set(plan, index);
}

/** The key of a goal number within its section. */
export function placeKey(goal: Pick<PlanGoal, 'kind' | 'focusAreaId' | 'number'>): string {
  return `${sectionIdOf(goal)}#${goal.number}`;
}

/** Builds the index of a plan from scratch: once per fold, and after events the fold does not apply in place. */
export function buildPlanIndex(plan: PlanState): PlanIndex {
  const index: PlanIndex = {
    goalPositions: new Map(),
    goalsAtPlace: new Map(),
    focusAreaPositions: new Map(plan.focusAreas.map((area, position) => [area.focusAreaId, position])),
    retiredGoalIds: new Set(plan.retired.map((goal) => goal.goalId)),
  };
  plan.goals.forEach((goal, position) => {
    index.goalPositions.set(goal.goalId, position);
    addPlace(index, goal);
  });
  return index;
}

export function addPlace(index: PlanIndex, goal: PlanGoal): void {
  const key = placeKey(goal);
  const holders = index.goalsAtPlace.get(key);
  if (holders) holders.add(goal.goalId);
  else index.goalsAtPlace.set(key, new Set([goal.goalId]));
}

export function removePlace(index: PlanIndex, goal: PlanGoal): void {
  index.goalsAtPlace.get(placeKey(goal))?.delete(goal.goalId);
}
