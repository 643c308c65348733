import { describe, expect, it } from 'vitest';
import { decide } from '../../commands/decide';
import {
  DuplicateGoalError,
  DuplicateGoalNumberError,
  EmptyWordingError,
  FocusAreaRequiredError,
  InvalidGoalNumberError,
} from '../../errors/goal-errors';
import { PlanAlreadyAdoptedError, UnknownFocusAreaError, UnknownPlanError } from '../../errors/plan-errors';
import { given, planOf, target } from '../../testing/plan-given.fixture';
import type { AddGoal } from './add-goal';

const addGoal = (overrides: Partial<AddGoal> = {}): AddGoal => ({
  type: 'AddGoal',
  ...target,
  goalId: 'g-new',
  kind: 'effect',
  number: 1,
  text: '  Beslut ska vara\nvälgrundade och korrekta. ',
  measurementMethod: 'att följa upp besvärsärenden',
  ...overrides,
});

describe('AddGoal', () => {
  it('given a draft, when a goal is added, then GoalAdded carries the normalised wording', () => {
    const events = decide(addGoal(), planOf(given.drafted()));
    expect(events).toEqual([
      {
        type: 'GoalAdded',
        data: {
          goalId: 'g-new',
          kind: 'effect',
          number: 1,
          text: 'Beslut ska vara välgrundade och korrekta.',
          measurementMethod: 'att följa upp besvärsärenden',
          focusAreaId: null,
        },
      },
    ]);
  });

  it('given no plan, when a goal is added, then UnknownPlanError', () => {
    expect(() => decide(addGoal(), null)).toThrow(UnknownPlanError);
  });

  it('given an adopted plan, when a goal is added, then the adopted plan is immutable', () => {
    const plan = planOf(given.drafted(), given.goal('g1', 1, 'Mål'), given.adopted());
    expect(() => decide(addGoal(), plan)).toThrow(
      expect.objectContaining({ rule: 'adopted-plan-is-immutable' }),
    );
    expect(() => decide(addGoal(), plan)).toThrow(PlanAlreadyAdoptedError);
  });

  it('given effect goal 1, when another effect goal 1 is added, then DuplicateGoalNumberError', () => {
    const plan = planOf(given.drafted(), given.goal('g1', 1, 'Mål', { kind: 'effect' }));
    expect(() => decide(addGoal(), plan)).toThrow(DuplicateGoalNumberError);
  });

  it('given directional goal 1, when effect goal 1 is added, then numbers only clash within a section', () => {
    const plan = planOf(given.drafted(), given.goal('g1', 1, 'Mål', { kind: 'directional' }));
    expect(decide(addGoal(), plan)).toHaveLength(1);
  });

  it('given goal g1, when g1 is added again, then DuplicateGoalError', () => {
    const plan = planOf(given.drafted(), given.goal('g-new', 4, 'Mål'));
    expect(() => decide(addGoal(), plan)).toThrow(DuplicateGoalError);
  });

  it('when the wording is blank, then EmptyWordingError', () => {
    expect(() => decide(addGoal({ text: ' \n ' }), planOf(given.drafted()))).toThrow(EmptyWordingError);
  });

  it('when a committee goal has no focus area, then FocusAreaRequiredError', () => {
    const plan = planOf(given.drafted());
    expect(() => decide(addGoal({ kind: 'committee' }), plan)).toThrow(FocusAreaRequiredError);
  });

  it('when the focus area is not in the plan, then UnknownFocusAreaError', () => {
    const plan = planOf(given.drafted(), given.area('oppen'));
    expect(() => decide(addGoal({ kind: 'committee', focusAreaId: 'hallbar' }), plan)).toThrow(
      UnknownFocusAreaError,
    );
  });

  it.each([0, -1, 1.5])('when the number is %s, then InvalidGoalNumberError', (number) => {
    expect(() => decide(addGoal({ number }), planOf(given.drafted()))).toThrow(InvalidGoalNumberError);
  });
});
