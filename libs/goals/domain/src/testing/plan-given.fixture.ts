import type { PlanEvent } from '../plans/plan.events';
import { foldPlan } from '../plans/plan.evolve';
import type { PlanState } from '../plans/plan.state';
import type { GoalKind } from '../vocabulary/goal-kind';

/** Plan address used by the command tests. */
export const target = { committeeId: 'sn', year: 2021 } as const;

/** Small builders for the events a test is given. */
export const given = {
  drafted: (carriedForwardFrom: number | null = null): PlanEvent => ({
    type: 'PlanDrafted',
    data: { ...target, carriedForwardFrom },
  }),
  area: (focusAreaId: string, title = `Area ${focusAreaId}`): PlanEvent => ({
    type: 'FocusAreaAdded',
    data: { focusAreaId, title, description: [] },
  }),
  goal: (
    goalId: string,
    number: number,
    text: string,
    options: { kind?: GoalKind; focusAreaId?: string | null; measurementMethod?: string | null } = {},
  ): PlanEvent => ({
    type: 'GoalAdded',
    data: {
      goalId,
      kind: options.kind ?? 'directional',
      number,
      text,
      measurementMethod: options.measurementMethod ?? null,
      focusAreaId: options.focusAreaId ?? null,
    },
  }),
  adopted: (): PlanEvent => ({
    type: 'PlanAdopted',
    data: { decisionRef: 'SN § 1', decidedOn: '2020-12-10' },
  }),
};

/** Folds the given events; throws if they do not make a plan (a broken test setup). */
export function planOf(...events: PlanEvent[]): PlanState {
  const plan = foldPlan(events);
  if (!plan) throw new Error('The given events do not draft a plan');
  return plan;
}
