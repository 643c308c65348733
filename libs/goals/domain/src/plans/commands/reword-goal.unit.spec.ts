import { describe, expect, it } from 'vitest';
import { decide } from '../../commands/decide';
import { GoalRevisionConflictError } from '../../errors/business-rule-error';
import {
  EmptyWordingError,
  GoalNotInPlanError,
  ReasonRequiredError,
  SameWordingError,
} from '../../errors/goal-errors';
import { PlanAlreadyAdoptedError } from '../../errors/plan-errors';
import { given, planOf, target } from '../../testing/plan-given.fixture';
import { foldPlan } from '../plan.evolve';
import type { RewordGoal } from './reword-goal';

const oldText = 'Beslut ska vara välgrundade och korrekta.';
const draft = () =>
  planOf(
    given.drafted(),
    given.goal('g1', 7, oldText, { kind: 'effect', measurementMethod: 'besvärsärenden' }),
  );

const reword = (overrides: Partial<RewordGoal> = {}): RewordGoal => ({
  type: 'RewordGoal',
  ...target,
  goalId: 'g1',
  text: 'Beslut ska vara välgrundade, korrekta och begripliga.',
  reason: 'Klarspråk',
  expectedRevision: 0,
  ...overrides,
});

describe('RewordGoal', () => {
  it('given a goal at revision 0, when it is reworded, then GoalReworded brings revision 1 and keeps the method', () => {
    const events = decide(reword(), draft());
    expect(events).toEqual([
      {
        type: 'GoalReworded',
        data: {
          goalId: 'g1',
          text: 'Beslut ska vara välgrundade, korrekta och begripliga.',
          measurementMethod: 'besvärsärenden',
          reason: 'Klarspråk',
          revision: 1,
        },
      },
    ]);
  });

  it('given a rewording, when the plan is folded, then the goal holds the new wording at revision 1', () => {
    const plan = foldPlan([...[given.drafted(), given.goal('g1', 7, oldText)], ...decide(reword(), draft())]);
    expect(plan?.goals[0]).toMatchObject({
      text: 'Beslut ska vara välgrundade, korrekta och begripliga.',
      revision: 1,
    });
  });

  it('when only the measurement method changes, then that is a rewording too', () => {
    const events = decide(reword({ text: oldText, measurementMethod: 'brukarundersökning' }), draft());
    expect(events[0]?.data).toMatchObject({ text: oldText, measurementMethod: 'brukarundersökning' });
  });

  it('when the wording differs only in whitespace and Unicode form, then SameWordingError', () => {
    const sameInNfd = `  ${oldText.normalize('NFD').replace(' ', '\n')} `;
    expect(() => decide(reword({ text: sameInNfd }), draft())).toThrow(SameWordingError);
  });

  it('when the wording is blank, then EmptyWordingError', () => {
    expect(() => decide(reword({ text: '  ' }), draft())).toThrow(EmptyWordingError);
  });

  it('when no reason is given, then ReasonRequiredError', () => {
    expect(() => decide(reword({ reason: ' ' }), draft())).toThrow(ReasonRequiredError);
  });

  it('when the goal is not in the plan, then GoalNotInPlanError', () => {
    expect(() => decide(reword({ goalId: 'other' }), draft())).toThrow(GoalNotInPlanError);
  });

  it('given the goal was reworded meanwhile, when a stale revision is sent, then a conflict names the current one', () => {
    const plan = planOf(given.drafted(), given.goal('g1', 7, oldText), ...decide(reword(), draft()));
    expect(() => decide(reword({ text: 'Ny lydelse.' }), plan)).toThrow(GoalRevisionConflictError);
    expect(() => decide(reword({ text: 'Ny lydelse.' }), plan)).toThrow(
      expect.objectContaining({ currentRevision: 1, expectedRevision: 0 }),
    );
  });

  it('given an adopted plan, when a goal is reworded, then PlanAlreadyAdoptedError', () => {
    const plan = planOf(given.drafted(), given.goal('g1', 7, oldText), given.adopted());
    expect(() => decide(reword(), plan)).toThrow(PlanAlreadyAdoptedError);
  });
});
