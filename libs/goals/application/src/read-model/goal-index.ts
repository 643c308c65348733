import { findGoal, type PlanState } from '@goaltrail/goals-domain';
import { compareText } from './compare-text';

/** A plan that holds, or once held, a goal. */
export interface GoalPlanRef {
  readonly committeeId: string;
  readonly year: number;
  readonly streamId: string;
  /** True while the plan holds the goal; false once it was retired from the plan. */
  readonly held: boolean;
}

/**
 * goalId → the plans that hold or held it, newest year first. Updated per plan event from the
 * plan's state before and after, so a lookup never scans plans.
 */
export class GoalIndex {
  private readonly byGoal = new Map<string, GoalPlanRef[]>();

  /**
   * Records that `touched` goals joined or left `plan` (as the domain's `goalsJoiningOrLeaving` names
   * them); most events (rewordings, moves, adoption) touch none, and an added goal touches one.
   */
  update(streamId: string, plan: PlanState, touched: readonly string[]): void {
    for (const goalId of touched) {
      const refs = (this.byGoal.get(goalId) ?? []).filter((ref) => ref.streamId !== streamId);
      refs.push({ committeeId: plan.committeeId, year: plan.year, streamId, held: findGoal(plan, goalId) !== undefined });
      refs.sort((a, b) => b.year - a.year || compareText(a.committeeId, b.committeeId));
      this.byGoal.set(goalId, refs);
    }
  }

  /** Every plan that holds or held the goal, newest first. */
  plansOf(goalId: string): readonly GoalPlanRef[] {
    return this.byGoal.get(goalId) ?? [];
  }

  /** The index as plain data, goals in id order, for fingerprints. */
  snapshot(): [string, readonly GoalPlanRef[]][] {
    return [...this.byGoal.entries()].sort(([a], [b]) => compareText(a, b));
  }
}
