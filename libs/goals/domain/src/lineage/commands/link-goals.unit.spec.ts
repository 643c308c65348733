import { describe, expect, it } from 'vitest';
import { decide } from '../../commands/decide';
import { GoalNotInPlanError } from '../../errors/goal-errors';
import {
  DuplicateLinkError,
  LineageYearOrderError,
  RationaleRequiredError,
  RetiredGoalStillHeldError,
  RetiredLinkShapeError,
} from '../../errors/lineage-errors';
import { UnknownPlanError } from '../../errors/plan-errors';
import type { PlanEvent } from '../../plans/plan.events';
import { given, planOf } from '../../testing/plan-given.fixture';
import { foldLineage } from '../lineage.evolve';
import { emptyLineage } from '../lineage.state';
import type { LinkGoals } from './link-goals';

const drafted = (year: number): PlanEvent => ({
  type: 'PlanDrafted',
  data: { committeeId: 'sn', year, carriedForwardFrom: null },
});
// Both plans adopted: lineage is recorded between adopted plans without any amendment.
const plan2005 = planOf(
  drafted(2005),
  given.goal('im3', 3, 'De värderingar …'),
  given.goal('im2', 2, 'Ekonomiskt bistånd …'),
  given.adopted(),
);
const plan2020 = planOf(drafted(2020), given.goal('myn', 1, 'Tydlig myndighetsutövning'), given.adopted());
const state = { lineage: emptyLineage, fromPlan: plan2005, toPlan: plan2020 };

const link = (overrides: Partial<LinkGoals> = {}): LinkGoals => ({
  type: 'LinkGoals',
  committeeId: 'sn',
  fromYear: 2005,
  fromGoalId: 'im3',
  toYear: 2020,
  toGoalId: 'myn',
  relation: 'merged',
  rationale: 'Tydliga värderingar och korrekta beslut blev en tydlig myndighetsutövning',
  ...overrides,
});

describe('LinkGoals', () => {
  it('given two adopted plans, when goals are linked, then GoalsLinked records the judgement', () => {
    const events = decide(link(), state);
    expect(events).toEqual([
      {
        type: 'GoalsLinked',
        data: {
          committeeId: 'sn',
          fromYear: 2005,
          fromGoalId: 'im3',
          toYear: 2020,
          toGoalId: 'myn',
          relation: 'merged',
          rationale: 'Tydliga värderingar och korrekta beslut blev en tydlig myndighetsutövning',
        },
      },
    ]);
    expect(foldLineage(events).links).toHaveLength(1);
  });

  it('when the link runs backwards or within a year, then LineageYearOrderError', () => {
    expect(() => decide(link({ fromYear: 2020, toYear: 2005 }), state)).toThrow(LineageYearOrderError);
    expect(() => decide(link({ fromYear: 2020, toYear: 2020 }), state)).toThrow(LineageYearOrderError);
  });

  it('when the rationale is blank, then RationaleRequiredError', () => {
    expect(() => decide(link({ rationale: ' ' }), state)).toThrow(RationaleRequiredError);
  });

  it('when a retired link names a successor, or another relation names none, then RetiredLinkShapeError', () => {
    expect(() => decide(link({ relation: 'retired' }), state)).toThrow(RetiredLinkShapeError);
    expect(() => decide(link({ toGoalId: null }), state)).toThrow(RetiredLinkShapeError);
  });

  it('given 2005 goal im2 absent from 2020, when it is linked as retired, then the link has no successor', () => {
    const events = decide(
      link({
        fromGoalId: 'im2',
        toGoalId: null,
        relation: 'retired',
        rationale: 'Ingår i försörjningsstödet',
      }),
      state,
    );
    expect(events[0]?.data).toMatchObject({ fromGoalId: 'im2', toGoalId: null, relation: 'retired' });
  });

  it('when a goal still in the later plan is linked as retired, then RetiredGoalStillHeldError', () => {
    const toPlan = planOf(drafted(2020), given.goal('im2', 1, 'Ekonomiskt bistånd …'));
    const retired = link({ fromGoalId: 'im2', toGoalId: null, relation: 'retired' });
    expect(() => decide(retired, { ...state, toPlan })).toThrow(RetiredGoalStillHeldError);
  });

  it("when either goal is not in its year's plan, then GoalNotInPlanError", () => {
    expect(() => decide(link({ fromGoalId: 'nope' }), state)).toThrow(GoalNotInPlanError);
    expect(() => decide(link({ toGoalId: 'nope' }), state)).toThrow(GoalNotInPlanError);
  });

  it('when a year has no plan, then UnknownPlanError', () => {
    expect(() => decide(link(), { ...state, fromPlan: null })).toThrow(UnknownPlanError);
  });

  it('given the pair is linked, when it is linked again, then DuplicateLinkError', () => {
    const lineage = foldLineage(decide(link(), state));
    expect(() => decide(link({ relation: 'replaced' }), { ...state, lineage })).toThrow(DuplicateLinkError);
  });
});
