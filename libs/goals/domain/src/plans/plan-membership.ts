import type { DomainEventLike } from '../shared/recorded-event';
import { asPlanEvent } from './plan.events';
import { findGoal } from './plan-lookups';
import type { PlanState } from './plan.state';

/**
 * The goals that join or leave the plan when `event` is folded onto `before`: what an index of
 * "which plans hold this goal" must update. Costs the event's size, not the plan's, except for a
 * PlanDrafted that restarts a stream (every goal held leaves).
 */
export function goalsJoiningOrLeaving(before: PlanState | null, event: DomainEventLike): string[] {
  const known = asPlanEvent(event);
  if (!known) return [];
  if (known.type === 'PlanDrafted') return before ? before.goals.map((goal) => goal.goalId) : [];
  if (!before) return [];
  switch (known.type) {
    case 'GoalAdded':
    case 'GoalCarriedForward':
      return findGoal(before, known.data.goalId) ? [] : [known.data.goalId];
    case 'GoalRetired':
      return findGoal(before, known.data.goalId) ? [known.data.goalId] : [];
    default:
      return [];
  }
}
