import { describe, expect, it } from 'vitest';
import { given } from '../testing/plan-given.fixture';
import type { PlanEvent } from './plan.events';
import { planEventTypes } from './plan.events';
import { evolvePlan, foldPlan } from './plan.evolve';

describe('evolvePlan', () => {
  it('given a plan, when an event type this version does not know arrives, then the state is unchanged', () => {
    const plan = foldPlan([given.drafted(), given.goal('g1', 1, 'Mål')]);
    const next = evolvePlan(plan, { type: 'GoalTranslatedToEnglish', data: { goalId: 'g1', text: 'Goal' } });
    expect(next).toBe(plan);
  });

  it('given events before PlanDrafted (e.g. cut away by an as-of filter), when folded, then they are ignored', () => {
    expect(foldPlan([given.goal('g1', 1, 'Mål')])).toBeNull();
  });

  it('when a plan is folded, then earlier states are not mutated', () => {
    const drafted = foldPlan([given.drafted()]);
    const frozen = JSON.stringify(drafted);
    evolvePlan(drafted, given.goal('g1', 1, 'Mål'));
    expect(JSON.stringify(drafted)).toBe(frozen);
  });

  it('knows exactly the eleven plan event types', () => {
    const expected: PlanEvent['type'][] = [
      'PlanDrafted',
      'FocusAreaAdded',
      'FocusAreaRevised',
      'FocusAreaRemoved',
      'GoalAdded',
      'GoalCarriedForward',
      'GoalReworded',
      'GoalMoved',
      'GoalRetired',
      'PlanAdopted',
      'PlanAmended',
    ];
    expect(planEventTypes).toEqual(expected);
  });
});
