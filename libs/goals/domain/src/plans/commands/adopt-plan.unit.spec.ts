import { describe, expect, it } from 'vitest';
import { decide } from '../../commands/decide';
import {
  DecisionReferenceRequiredError,
  EmptyPlanError,
  InvalidDecisionDateError,
  PlanAlreadyAdoptedError,
  UnknownPlanError,
} from '../../errors/plan-errors';
import { given, planOf, target } from '../../testing/plan-given.fixture';
import { foldPlan } from '../plan.evolve';
import type { AdoptPlan } from './adopt-plan';

const history = [given.drafted(), given.goal('g1', 1, 'Mål')];
const adopt = (overrides: Partial<AdoptPlan> = {}): AdoptPlan => ({
  type: 'AdoptPlan',
  ...target,
  decisionRef: ' SN 2020-12-10 § 123 ',
  decidedOn: '2020-12-10',
  ...overrides,
});

describe('AdoptPlan', () => {
  it('given a draft with goals, when it is adopted, then PlanAdopted records the decision and the plan is adopted', () => {
    const events = decide(adopt(), planOf(...history));
    expect(events).toEqual([
      { type: 'PlanAdopted', data: { decisionRef: 'SN 2020-12-10 § 123', decidedOn: '2020-12-10' } },
    ]);
    expect(foldPlan([...history, ...events])).toMatchObject({
      status: 'adopted',
      adoption: { decisionRef: 'SN 2020-12-10 § 123', decidedOn: '2020-12-10' },
    });
  });

  it('when the decision reference is blank, then DecisionReferenceRequiredError', () => {
    expect(() => decide(adopt({ decisionRef: '  ' }), planOf(...history))).toThrow(
      DecisionReferenceRequiredError,
    );
  });

  it.each(['', '2021-02-29', '10/12/2020', '2020-12-10T10:00:00Z'])(
    'when decidedOn is "%s", then InvalidDecisionDateError',
    (decidedOn) => {
      expect(() => decide(adopt({ decidedOn }), planOf(...history))).toThrow(InvalidDecisionDateError);
    },
  );

  it('given an adopted plan, when it is adopted again, then PlanAlreadyAdoptedError', () => {
    expect(() => decide(adopt(), planOf(...history, given.adopted()))).toThrow(PlanAlreadyAdoptedError);
  });

  it('given a draft without goals, when it is adopted, then EmptyPlanError', () => {
    expect(() => decide(adopt(), planOf(given.drafted()))).toThrow(EmptyPlanError);
  });

  it('given no plan, when it is adopted, then UnknownPlanError (a 404, not a 422)', () => {
    expect(() => decide(adopt(), null)).toThrow(UnknownPlanError);
  });
});
