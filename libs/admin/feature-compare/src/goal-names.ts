import type { GoalKind, PlanView } from '@goaltrail/goals-domain';

/** The least a goal needs to be named: kind, number and section. */
export interface NameableGoal {
  readonly kind: GoalKind;
  readonly number: number;
  readonly sectionId: string;
}

/** Names a goal of a year the way the documents do: "Inriktningsmål 3", "Nämndmål 1, En öppen kommun". */
export type GoalNamer = (year: number, goal: NameableGoal) => string;

type Translate = (key: string, values?: Record<string, unknown>) => string;

/**
 * A namer over the plans at hand. Nämndmål are numbered per focus area, so the area's title is part of
 * the name; a year whose plan is not at hand still gets "Nämndmål 1".
 */
export function createGoalNamer(t: Translate, plans: readonly PlanView[]): GoalNamer {
  const areaTitles = new Map<string, string>();
  for (const plan of plans) {
    for (const section of plan.sections) {
      if (section.type === 'focusArea') areaTitles.set(`${plan.year}|${section.id}`, section.title);
    }
  }
  return (year, goal) => {
    const area = areaTitles.get(`${year}|${goal.sectionId}`);
    if (goal.kind === 'committee' && area) return t('compare.goal.committeeIn', { number: goal.number, area });
    return t(`compare.goal.${goal.kind}`, { number: goal.number });
  };
}
