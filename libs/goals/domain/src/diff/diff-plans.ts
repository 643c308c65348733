import type { PlanGoalView, PlanSectionView, PlanView } from '../queries/plan-view';
import { matchGoals, type GoalPair, type LinkLike } from './goal-pairs';
import { wordDiff, type WordDiffToken } from './word-diff';

/** A section named for a diff: a focus area has a title, a kind section is named by the UI from its id. */
export type SectionRef = { readonly id: string; readonly title: string | null };

/** A pair whose wording or measurement method changed, with the word-level diff of the wording. */
export type RewordedGoal = GoalPair & {
  readonly tokens: readonly WordDiffToken[];
  readonly measurementMethod: { readonly from: string | null; readonly to: string | null };
};

/** A pair whose goal sits in another section in the later plan. */
export type MovedGoal = GoalPair & { readonly fromSection: SectionRef; readonly toSection: SectionRef };

/** A goal of the earlier plan with no successor in the later one. */
export type RetiredGoal = { readonly goal: PlanGoalView; readonly rationale: string | null };

/** What changed between two plans of a committee. A pair both reworded and moved is in both lists. */
export type PlanDiff = {
  readonly fromYear: number;
  readonly toYear: number;
  readonly added: readonly PlanGoalView[];
  readonly retired: readonly RetiredGoal[];
  readonly reworded: readonly RewordedGoal[];
  readonly moved: readonly MovedGoal[];
  readonly unchanged: readonly GoalPair[];
};

/**
 * Year-to-year diff. Goals correspond by id or by lineage links between exactly these two years
 * (pass `lineageLinks(...)` or recorded links); the rest are added or retired.
 */
export function diffPlans(fromPlan: PlanView, toPlan: PlanView, lineage: readonly LinkLike[]): PlanDiff {
  const { pairs, added, unmatched } = matchGoals(fromPlan, toPlan, lineage);
  const reworded: RewordedGoal[] = [];
  const moved: MovedGoal[] = [];
  const unchanged: GoalPair[] = [];
  for (const pair of pairs) {
    const wordingChanged =
      pair.from.text !== pair.to.text || pair.from.measurementMethod !== pair.to.measurementMethod;
    // Sections correspond across years by focus area id (kept when carrying forward) or by kind.
    const sectionChanged = pair.from.sectionId !== pair.to.sectionId;
    if (wordingChanged) {
      reworded.push({
        ...pair,
        tokens: wordDiff(pair.from.text, pair.to.text),
        measurementMethod: { from: pair.from.measurementMethod, to: pair.to.measurementMethod },
      });
    }
    if (sectionChanged) {
      moved.push({
        ...pair,
        fromSection: sectionRef(fromPlan, pair.from),
        toSection: sectionRef(toPlan, pair.to),
      });
    }
    if (!wordingChanged && !sectionChanged) unchanged.push(pair);
  }
  const retired = unmatched.map((goal) => ({
    goal,
    rationale: retirementRationale(fromPlan, toPlan, goal, lineage),
  }));
  return { fromYear: fromPlan.year, toYear: toPlan.year, added, retired, reworded, moved, unchanged };
}

function sectionRef(plan: PlanView, goal: PlanGoalView): SectionRef {
  const section: PlanSectionView | undefined = plan.sections.find((s) => s.id === goal.sectionId);
  return { id: goal.sectionId, title: section?.type === 'focusArea' ? section.title : null };
}

function retirementRationale(from: PlanView, to: PlanView, goal: PlanGoalView, lineage: readonly LinkLike[]) {
  const link = lineage.find(
    (l) =>
      l.fromYear === from.year && l.toYear === to.year && l.fromGoalId === goal.goalId && l.toGoalId === null,
  );
  if (link) return link.rationale ?? null;
  const retired = to.retired.find((r) => r.goalId === goal.goalId && r.fromYear === from.year);
  return retired?.reason ?? null;
}
