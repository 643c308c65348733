import type { PlanState } from '@goaltrail/goals-domain';
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

  update(streamId: string, before: PlanState | null, after: PlanState): void {
    const held = new Set(after.goals.map((goal) => goal.goalId));
    const heldBefore = new Set(before?.goals.map((goal) => goal.goalId) ?? []);
    // Only goals that entered or left the plan change the index; most events (rewordings,
    // moves, adoption) touch none.
    const touched = [...held, ...heldBefore].filter((goalId) => held.has(goalId) !== heldBefore.has(goalId));
    for (const goalId of touched) {
      const refs = (this.byGoal.get(goalId) ?? []).filter((ref) => ref.streamId !== streamId);
      refs.push({ committeeId: after.committeeId, year: after.year, streamId, held: held.has(goalId) });
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
