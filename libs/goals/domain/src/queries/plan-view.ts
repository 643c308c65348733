import type { LineageLink } from '../lineage/lineage.state';
import type {
  PlanAmendment,
  PlanDecision,
  PlanGoal,
  PlanState,
  PlanStatus,
  RetiredPlanGoal,
} from '../plans/plan.state';
import { sectionIdOf } from '../plans/plan.state';
import { goalKinds, type GoalKind } from '../vocabulary/goal-kind';
import type { LineageRelation } from '../vocabulary/lineage-relation';

/** A recorded link into a goal from an earlier year. */
export type GoalAncestor = {
  readonly year: number;
  readonly goalId: string;
  readonly relation: LineageRelation;
};

/** A goal as a plan view shows it. */
export type PlanGoalView = PlanGoal & {
  readonly sectionId: string;
  /** Recorded lineage links into this goal (carrying forward shows as `carriedFrom`). */
  readonly ancestors: readonly GoalAncestor[];
};

/** A focus area with its goals. */
export type FocusAreaSectionView = {
  readonly id: string;
  readonly type: 'focusArea';
  readonly focusAreaId: string;
  readonly title: string;
  readonly description: readonly string[];
  readonly goals: readonly PlanGoalView[];
};

/** The goals of one kind outside focus areas (Inriktningsmål, Effektmål); the UI names it. */
export type GoalKindSectionView = {
  readonly id: string;
  readonly type: 'goalKind';
  readonly goalKind: GoalKind;
  readonly goals: readonly PlanGoalView[];
};

/** A section of a plan: a focus area or a kind section. */
export type PlanSectionView = FocusAreaSectionView | GoalKindSectionView;

/** A plan as the API returns it and the SPA shows it. */
export type PlanView = {
  readonly committeeId: string;
  readonly year: number;
  readonly status: PlanStatus;
  /** Stream revision of the last event folded: the plan's version. */
  readonly revision: number;
  readonly carriedForwardFrom: number | null;
  readonly adoption: PlanDecision | null;
  readonly amendments: readonly PlanAmendment[];
  /** Focus areas in document order, then the kind sections that hold goals. */
  readonly sections: readonly PlanSectionView[];
  readonly retired: readonly RetiredPlanGoal[];
};

/** Builds the view of a folded plan; `links` may hold any recorded links (the relevant ones are picked). */
export function toPlanView(plan: PlanState, revision: number, links: readonly LineageLink[]): PlanView {
  const ancestorsOf = new Map<string, GoalAncestor[]>();
  for (const link of links) {
    if (link.toYear !== plan.year || link.toGoalId === null) continue;
    const ancestors = ancestorsOf.get(link.toGoalId) ?? [];
    ancestors.push({ year: link.fromYear, goalId: link.fromGoalId, relation: link.relation });
    ancestorsOf.set(link.toGoalId, ancestors);
  }
  const goalView = (goal: PlanGoal): PlanGoalView => ({ ...goal, sectionId: sectionIdOf(goal), ancestors: ancestorsOf.get(goal.goalId) ?? [] });
  // Grouped in one pass: a plan with many focus areas must not be scanned once per area.
  const bySection = new Map<string, PlanGoal[]>();
  for (const goal of plan.goals) {
    const sectionId = sectionIdOf(goal);
    const goals = bySection.get(sectionId);
    if (goals) goals.push(goal);
    else bySection.set(sectionId, [goal]);
  }
  const inSection = (sectionId: string) => (bySection.get(sectionId) ?? []).sort((a, b) => a.number - b.number).map(goalView);
  const areaSections = plan.focusAreas.map((area): FocusAreaSectionView => ({
    id: `focus-area:${area.focusAreaId}`,
    type: 'focusArea',
    focusAreaId: area.focusAreaId,
    title: area.title,
    description: area.description,
    goals: inSection(`focus-area:${area.focusAreaId}`),
  }));
  const kindSections = goalKinds
    .map((goalKind): GoalKindSectionView => ({
      id: `kind:${goalKind}`,
      type: 'goalKind',
      goalKind,
      goals: inSection(`kind:${goalKind}`),
    }))
    .filter((section) => section.goals.length > 0);
  const { focusAreas: _areas, goals: _goals, ...rest } = plan;
  return { ...rest, revision, sections: [...areaSections, ...kindSections] };
}

/** Every goal of a plan view, in section and number order. */
export function goalsOf(plan: PlanView): PlanGoalView[] {
  return plan.sections.flatMap((section) => section.goals);
}
