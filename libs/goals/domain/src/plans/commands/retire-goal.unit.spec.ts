import { describe, expect, it } from 'vitest';
import { decide } from '../../commands/decide';
import { GoalNotInPlanError, ReasonRequiredError } from '../../errors/goal-errors';
import { given, planOf, target } from '../../testing/plan-given.fixture';
import type { PlanEvent } from '../plan.events';
import type { RetireGoal } from './retire-goal';

const carried: PlanEvent = {
  type: 'GoalCarriedForward',
  data: {
    goalId: 'g1',
    fromYear: 2020,
    kind: 'directional',
    number: 2,
    text: 'Mål',
    measurementMethod: null,
    focusAreaId: null,
    revision: 3,
  },
};

const retire = (overrides: Partial<RetireGoal> = {}): RetireGoal => ({
  type: 'RetireGoal',
  ...target,
  goalId: 'g1',
  reason: 'Uppnått',
  ...overrides,
});

describe('RetireGoal', () => {
  it('given a goal carried from 2020, when it is retired, then GoalRetired names 2020 so lineage shows a retirement', () => {
    const plan = planOf(given.drafted(2020), carried);
    expect(decide(retire(), plan)).toEqual([
      { type: 'GoalRetired', data: { goalId: 'g1', reason: 'Uppnått', fromYear: 2020 } },
    ]);
    const after = planOf(given.drafted(2020), carried, ...decide(retire(), plan));
    expect(after.goals).toEqual([]);
    expect(after.retired).toEqual([{ goalId: 'g1', reason: 'Uppnått', fromYear: 2020 }]);
  });

  it('given a goal added in this draft, when it is retired, then it has no earlier year', () => {
    const plan = planOf(given.drafted(), given.goal('g1', 1, 'Mål'));
    expect(decide(retire(), plan)[0]?.data).toMatchObject({ fromYear: null });
  });

  it('when no reason is given, then ReasonRequiredError', () => {
    expect(() => decide(retire({ reason: '' }), planOf(given.drafted(2020), carried))).toThrow(
      ReasonRequiredError,
    );
  });

  it('when the goal is not in the plan, then GoalNotInPlanError', () => {
    expect(() => decide(retire(), planOf(given.drafted()))).toThrow(GoalNotInPlanError);
  });
});
