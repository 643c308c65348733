import { goalsOf, type PlanGoalView, type PlanView } from '../queries/plan-view';
import type { LineageRelation } from '../vocabulary/lineage-relation';

/** The least a diff needs of a lineage link: recorded links and resolved links both fit. */
export type LinkLike = {
  readonly fromYear: number;
  readonly fromGoalId: string;
  readonly toYear: number;
  readonly toGoalId: string | null;
  readonly relation: LineageRelation;
  readonly rationale?: string | null;
};

/** A goal of the earlier plan and what became of it in the later plan. */
export type GoalPair = {
  readonly from: PlanGoalView;
  readonly to: PlanGoalView;
  readonly relation: LineageRelation;
};

/** How the goals of two plans correspond. */
export type GoalMatching = {
  readonly pairs: readonly GoalPair[];
  readonly added: readonly PlanGoalView[];
  readonly unmatched: readonly PlanGoalView[];
};

/**
 * Pairs goals by identity (a goal carried forward keeps its id), then by lineage links between
 * exactly these two years (so a merge pairs each merged goal with the new one). Pairs follow the
 * later plan's order; unmatched earlier goals keep the earlier plan's order.
 */
export function matchGoals(from: PlanView, to: PlanView, links: readonly LinkLike[]): GoalMatching {
  const fromGoals = goalsOf(from);
  const direct = links.filter((link) => link.fromYear === from.year && link.toYear === to.year);
  const pairs: GoalPair[] = [];
  for (const goal of goalsOf(to)) {
    const same = fromGoals.find((candidate) => candidate.goalId === goal.goalId);
    if (same) {
      const link = direct.find((l) => l.fromGoalId === goal.goalId && l.toGoalId === goal.goalId);
      pairs.push({
        from: same,
        to: goal,
        relation: link?.relation ?? (same.text === goal.text ? 'continues' : 'reworded'),
      });
    }
    // Sources in the earlier plan's document order, e.g. a merger's inriktningsmål before its effektmål.
    for (const source of fromGoals) {
      if (source.goalId === goal.goalId) continue;
      const link = direct.find((l) => l.fromGoalId === source.goalId && l.toGoalId === goal.goalId);
      if (link) pairs.push({ from: source, to: goal, relation: link.relation });
    }
  }
  const pairedFrom = new Set(pairs.map((pair) => pair.from.goalId));
  const pairedTo = new Set(pairs.map((pair) => pair.to.goalId));
  return {
    pairs,
    added: goalsOf(to).filter((goal) => !pairedTo.has(goal.goalId)),
    unmatched: fromGoals.filter((goal) => !pairedFrom.has(goal.goalId)),
  };
}
