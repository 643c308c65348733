import { planIndexOf, placeKey } from './plan-index';
import type { PlanGoal, PlanState } from './plan.state';

/** The goal with this id in the plan, if it holds it. */
export function findGoal(plan: PlanState, goalId: string): PlanGoal | undefined {
  const index = planIndexOf(plan);
  if (!index) return plan.goals.find((goal) => goal.goalId === goalId);
  const position = index.goalPositions.get(goalId);
  return position === undefined ? undefined : plan.goals[position];
}

/** Whether the plan holds a focus area with this id. */
export function hasFocusArea(plan: PlanState, focusAreaId: string): boolean {
  const index = planIndexOf(plan);
  if (index) return index.focusAreaPositions.has(focusAreaId);
  return plan.focusAreas.some((area) => area.focusAreaId === focusAreaId);
}

/** Whether another goal than `place.goalId` already has this number in this section. */
export function isPlaceTaken(plan: PlanState, place: Pick<PlanGoal, 'goalId' | 'kind' | 'focusAreaId' | 'number'>): boolean {
  const index = planIndexOf(plan);
  if (index) {
    const holders = index.goalsAtPlace.get(placeKey(place));
    return holders !== undefined && holders.size > (holders.has(place.goalId) ? 1 : 0);
  }
  // Runs over every goal held: compare the number first and the section's fields directly, so the
  // common case allocates nothing.
  return plan.goals.some(
    (goal) =>
      goal.number === place.number &&
      goal.goalId !== place.goalId &&
      goal.focusAreaId === place.focusAreaId &&
      (goal.focusAreaId !== null || goal.kind === place.kind),
  );
}

/** The goal holding this number in this section, if any (an import matches document goals so). */
export function goalAtPlace(plan: PlanState, place: Pick<PlanGoal, 'kind' | 'focusAreaId' | 'number'>): PlanGoal | undefined {
  const index = planIndexOf(plan);
  if (!index) {
    const key = placeKey(place);
    return plan.goals.find((goal) => placeKey(goal) === key);
  }
  // Rules keep one goal per place, but a log may hold more: answer as the search does, first in plan order.
  let first: number | undefined;
  for (const goalId of index.goalsAtPlace.get(placeKey(place)) ?? []) {
    const position = index.goalPositions.get(goalId);
    if (position !== undefined && (first === undefined || position < first)) first = position;
  }
  return first === undefined ? undefined : plan.goals[first];
}
