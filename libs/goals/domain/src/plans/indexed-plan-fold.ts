import type { DomainEventLike } from '../shared/recorded-event';
import { addPlace, attachPlanIndex, buildPlanIndex, removePlace, type PlanIndex } from './plan-index';
import { asPlanEvent } from './plan.events';
import { evolvePlan } from './plan.evolve';
import type { PlanFocusArea, PlanGoal, PlanState } from './plan.state';

type OpenPlan = Omit<PlanState, 'goals' | 'focusAreas'> & { goals: PlanGoal[]; focusAreas: PlanFocusArea[] };

/**
 * A plan stream folded one event at a time by a caller that owns the state alone (an import deciding
 * thousands of goals in a row). The events that grow a plan — a goal added or carried forward, a
 * rewording, a move, a focus area added — change the state in place and keep its index, so each
 * costs the same however large the plan is. Any other event goes through `evolvePlan`, as every
 * other fold does, and the index is rebuilt; the result is always what `foldPlan` gives.
 *
 * The state is changed in place: do not keep it across `apply` calls expecting it to stay as it was.
 */
export class IndexedPlanFold {
  private plan: OpenPlan | null = null;
  private index: PlanIndex | null = null;

  constructor(events: readonly DomainEventLike[] = []) {
    for (const event of events) this.apply(event);
  }

  /** The plan as folded so far (null before PlanDrafted). */
  get state(): PlanState | null {
    return this.plan;
  }

  apply(event: DomainEventLike): void {
    if (!this.plan || !this.index || !this.applyInPlace(this.plan, this.index, event)) this.replace(evolvePlan(this.plan, event));
  }

  private replace(next: PlanState | null): void {
    this.plan = next && { ...next, goals: [...next.goals], focusAreas: [...next.focusAreas] };
    this.index = this.plan && buildPlanIndex(this.plan);
    if (this.plan && this.index) attachPlanIndex(this.plan, this.index);
  }

  /** Applies a growing event in place; false when the event needs the general fold. */
  private applyInPlace(plan: OpenPlan, index: PlanIndex, event: DomainEventLike): boolean {
    const known = asPlanEvent(event);
    switch (known?.type) {
      case 'GoalAdded':
        return this.addGoal(plan, index, { ...known.data, revision: 0, carriedFrom: null });
      case 'GoalCarriedForward': {
        const { fromYear, ...goal } = known.data;
        return this.addGoal(plan, index, { ...goal, carriedFrom: fromYear });
      }
      case 'GoalReworded': {
        const { goalId, text, measurementMethod, revision } = known.data;
        return this.changeGoal(plan, index, goalId, { text, measurementMethod, revision });
      }
      case 'GoalMoved':
        return this.changeGoal(plan, index, known.data.goalId, { focusAreaId: known.data.focusAreaId, number: known.data.number });
      case 'FocusAreaAdded': {
        if (index.focusAreaPositions.has(known.data.focusAreaId)) return false;
        index.focusAreaPositions.set(known.data.focusAreaId, plan.focusAreas.length);
        plan.focusAreas.push({ ...known.data, description: [...known.data.description] });
        return true;
      }
      default:
        // Unknown events leave the plan as it is; the general fold knows that too.
        return false;
    }
  }

  private addGoal(plan: OpenPlan, index: PlanIndex, goal: PlanGoal): boolean {
    // A goal coming back (held or retired before) moves in the list: the general fold handles that.
    if (index.goalPositions.has(goal.goalId) || index.retiredGoalIds.has(goal.goalId)) return false;
    index.goalPositions.set(goal.goalId, plan.goals.length);
    plan.goals.push(goal);
    addPlace(index, goal);
    return true;
  }

  private changeGoal(plan: OpenPlan, index: PlanIndex, goalId: string, change: Partial<PlanGoal>): boolean {
    const position = index.goalPositions.get(goalId);
    const goal = position === undefined ? undefined : plan.goals[position];
    if (position === undefined || !goal) return true; // as the general fold: a goal it does not hold is left alone
    const changed = { ...goal, ...change };
    removePlace(index, goal);
    plan.goals[position] = changed;
    addPlace(index, changed);
    return true;
  }
}
