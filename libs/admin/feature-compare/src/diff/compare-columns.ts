import type { GoalKind, GoalPair, LineageRelation, PlanDiff, PlanGoalView, PlanView, WordDiffToken } from '@goaltrail/goals-domain';

/** What happened to a goal between the two years; a pair both reworded and moved has both. */
export type GoalStatus = 'added' | 'retired' | 'reworded' | 'moved' | 'unchanged';

/** The order the legend and the badges list the statuses in. */
export const goalStatuses: readonly GoalStatus[] = ['added', 'retired', 'reworded', 'moved', 'unchanged'];

/** The goal on the other side of a pair, and how the two relate. */
export interface Counterpart {
  readonly year: number;
  readonly goal: PlanGoalView;
  readonly relation: LineageRelation;
}

/** One goal in one column, marked with what happened to it. */
export interface ColumnGoal {
  readonly goal: PlanGoalView;
  readonly statuses: readonly GoalStatus[];
  readonly counterparts: readonly Counterpart[];
  /** The word diff to highlight; null when the goal was not reworded or has several reworded partners. */
  readonly tokens: readonly WordDiffToken[] | null;
  /** A changed measurement method (reworded pairs with exactly one partner). */
  readonly measurementMethod: { readonly from: string | null; readonly to: string | null } | null;
  /** Why a retired goal has no successor, when someone said so. */
  readonly rationale: string | null;
}

/** A section of a plan as the column shows it: a focus area (title) or a goal kind. */
export interface ColumnSection {
  readonly id: string;
  readonly title: string | null;
  readonly goalKind: GoalKind | null;
  readonly goals: readonly ColumnGoal[];
}

/** One side of the comparison. */
export interface PlanColumn {
  readonly side: 'from' | 'to';
  readonly year: number;
  readonly sections: readonly ColumnSection[];
}

/**
 * Lays both plans out in their own document order and marks every goal from the domain's diff.
 * The diff lists pairs; a column needs the same facts per goal, so they are indexed by goal id here.
 */
export function compareColumns(fromPlan: PlanView, toPlan: PlanView, diff: PlanDiff): [PlanColumn, PlanColumn] {
  return [column('from', fromPlan, toPlan.year, diff), column('to', toPlan, fromPlan.year, diff)];
}

function column(side: 'from' | 'to', plan: PlanView, otherYear: number, diff: PlanDiff): PlanColumn {
  const own = (pair: GoalPair) => (side === 'from' ? pair.from : pair.to);
  const other = (pair: GoalPair) => (side === 'from' ? pair.to : pair.from);
  const pairsOf = (goalId: string, pairs: readonly GoalPair[]) => pairs.filter((pair) => own(pair).goalId === goalId);

  function mark(goal: PlanGoalView): ColumnGoal {
    const reworded = diff.reworded.filter((pair) => own(pair).goalId === goal.goalId);
    const moved = pairsOf(goal.goalId, diff.moved);
    const unchanged = pairsOf(goal.goalId, diff.unchanged);
    const retired = side === 'from' ? diff.retired.find((entry) => entry.goal.goalId === goal.goalId) : undefined;
    const added = side === 'to' && diff.added.some((entry) => entry.goalId === goal.goalId);
    const statuses: GoalStatus[] = [];
    if (added) statuses.push('added');
    if (retired) statuses.push('retired');
    if (reworded.length > 0) statuses.push('reworded');
    if (moved.length > 0) statuses.push('moved');
    if (unchanged.length > 0) statuses.push('unchanged');
    const partners = new Map<string, Counterpart>();
    for (const pair of [...reworded, ...moved, ...unchanged]) {
      const goalOnOtherSide = other(pair);
      partners.set(goalOnOtherSide.goalId, { year: otherYear, goal: goalOnOtherSide, relation: pair.relation });
    }
    // Highlights need one partner: a merged goal against two sources has no single "what changed".
    const single = reworded.length === 1 ? reworded[0] : undefined;
    const methodChanged = single && single.measurementMethod.from !== single.measurementMethod.to;
    return {
      goal,
      statuses,
      counterparts: [...partners.values()],
      tokens: single ? single.tokens : null,
      measurementMethod: methodChanged ? single.measurementMethod : null,
      rationale: retired?.rationale ?? null,
    };
  }

  return {
    side,
    year: plan.year,
    sections: plan.sections.map((section) => ({
      id: section.id,
      title: section.type === 'focusArea' ? section.title : null,
      goalKind: section.type === 'goalKind' ? section.goalKind : null,
      goals: section.goals.map(mark),
    })),
  };
}
