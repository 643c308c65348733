import { describe, expect, it } from 'vitest';
import { decide } from '../../commands/decide';
import { DuplicateGoalNumberError, ReasonRequiredError } from '../../errors/goal-errors';
import {
  DecisionReferenceRequiredError,
  EmptyAmendmentError,
  InvalidDecisionDateError,
  PlanNotAdoptedError,
} from '../../errors/plan-errors';
import { given, planOf, target } from '../../testing/plan-given.fixture';
import { foldPlan } from '../plan.evolve';
import type { AmendPlan } from './amend-plan';

const adopted = [
  given.drafted(),
  given.goal('g1', 1, 'Beslut ska vara korrekta.', { kind: 'effect' }),
  given.adopted(),
];
const amend = (overrides: Partial<AmendPlan> = {}): AmendPlan => ({
  type: 'AmendPlan',
  ...target,
  decisionRef: 'SN 2021-06-15 § 45',
  decidedOn: '2021-06-15',
  reason: 'Revisionens påpekande',
  changes: [
    {
      type: 'RewordGoal',
      goalId: 'g1',
      text: 'Beslut ska vara välgrundade och korrekta.',
      reason: 'Förtydligande',
      expectedRevision: 0,
    },
    { type: 'AddGoal', goalId: 'g2', kind: 'effect', number: 2, text: 'Handläggningstiden ska minska.' },
    { type: 'MoveGoal', goalId: 'g2', focusAreaId: null, number: 3 },
  ],
  ...overrides,
});

describe('AmendPlan', () => {
  it('given an adopted plan, when a decision amends it, then PlanAmended comes first and every change follows in one batch', () => {
    const events = decide(amend(), planOf(...adopted));
    expect(events.map((e) => e.type)).toEqual(['PlanAmended', 'GoalReworded', 'GoalAdded', 'GoalMoved']);
    expect(events[0]?.data).toEqual({
      decisionRef: 'SN 2021-06-15 § 45',
      decidedOn: '2021-06-15',
      reason: 'Revisionens påpekande',
    });
    const plan = foldPlan([...adopted, ...events]);
    expect(plan?.status).toBe('amended');
    expect(plan?.goals.map((g) => [g.goalId, g.number, g.revision])).toEqual([
      ['g1', 1, 1],
      ['g2', 3, 0],
    ]);
  });

  it('given an amended plan, when it is amended again, then it stays amended and keeps both decisions', () => {
    const first = decide(amend(), planOf(...adopted));
    const second = decide(
      amend({ decisionRef: 'SN § 60', changes: [{ type: 'RetireGoal', goalId: 'g2', reason: 'Ersatt' }] }),
      planOf(...adopted, ...first),
    );
    const plan = foldPlan([...adopted, ...first, ...second]);
    expect(plan?.amendments.map((a) => a.decisionRef)).toEqual(['SN 2021-06-15 § 45', 'SN § 60']);
  });

  it('when one change breaks a rule, then the whole amendment is refused', () => {
    const changes = [
      { type: 'AddGoal', goalId: 'g2', kind: 'effect', number: 1, text: 'Krockar med nummer 1.' },
    ] as const;
    expect(() => decide(amend({ changes }), planOf(...adopted))).toThrow(DuplicateGoalNumberError);
  });

  it('given a draft, when it is amended, then PlanNotAdoptedError (drafts are edited directly)', () => {
    expect(() => decide(amend(), planOf(given.drafted(), given.goal('g1', 1, 'Mål')))).toThrow(
      PlanNotAdoptedError,
    );
  });

  it('when the decision reference is missing, then DecisionReferenceRequiredError', () => {
    expect(() => decide(amend({ decisionRef: '' }), planOf(...adopted))).toThrow(
      DecisionReferenceRequiredError,
    );
  });

  it('when the decision date is not a date, then InvalidDecisionDateError', () => {
    expect(() => decide(amend({ decidedOn: 'juni' }), planOf(...adopted))).toThrow(InvalidDecisionDateError);
  });

  it('when no reason is given, then ReasonRequiredError; when nothing changes, then EmptyAmendmentError', () => {
    expect(() => decide(amend({ reason: ' ' }), planOf(...adopted))).toThrow(ReasonRequiredError);
    expect(() => decide(amend({ changes: [] }), planOf(...adopted))).toThrow(EmptyAmendmentError);
  });
});
