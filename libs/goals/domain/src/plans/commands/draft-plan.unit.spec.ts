import { describe, expect, it } from 'vitest';
import type { CommitteeState } from '../../committees/committee.evolve';
import { decide } from '../../commands/decide';
import { UnknownCommitteeError } from '../../errors/committee-errors';
import { LineageYearOrderError } from '../../errors/lineage-errors';
import { PlanAlreadyDraftedError, UnknownPlanError } from '../../errors/plan-errors';
import { given, planOf } from '../../testing/plan-given.fixture';
import type { PlanEvent } from '../plan.events';
import { foldPlan } from '../plan.evolve';

const committee: CommitteeState = { committeeId: 'sn', name: 'Socialnämnden', municipality: null };
const reworded: PlanEvent = {
  type: 'GoalReworded',
  data: {
    goalId: 'g2',
    text: 'Tydlig och förståelig myndighetsutövning',
    measurementMethod: null,
    reason: 'Klarspråk',
    revision: 1,
  },
};
// The 2021 fixtures draft `2021`; a 2020 plan is built by relabelling the drafted event.
const plan2020 = () =>
  planOf(
    { type: 'PlanDrafted', data: { committeeId: 'sn', year: 2020, carriedForwardFrom: null } },
    given.area('oppen', 'En öppen kommun'),
    given.goal('g1', 1, 'Socialnämnden samverkar aktivt', { kind: 'committee', focusAreaId: 'oppen' }),
    given.goal('g2', 2, 'Tydlig myndighetsutövning', { kind: 'committee', focusAreaId: 'oppen' }),
    reworded,
    given.adopted(),
  );

describe('DraftPlan', () => {
  it('given a registered committee, when a year is drafted, then PlanDrafted starts an empty draft', () => {
    const events = decide(
      { type: 'DraftPlan', committeeId: 'sn', year: 2021 },
      { committee, plan: null, fromPlan: null },
    );
    expect(events).toEqual([
      { type: 'PlanDrafted', data: { committeeId: 'sn', year: 2021, carriedForwardFrom: null } },
    ]);
  });

  it('given the adopted 2020 plan, when 2021 is drafted from it, then the same goals continue with their ids and revisions', () => {
    const events = decide(
      { type: 'DraftPlan', committeeId: 'sn', year: 2021, fromYear: 2020 },
      { committee, plan: null, fromPlan: plan2020() },
    );
    expect(events.map((e) => e.type)).toEqual([
      'PlanDrafted',
      'FocusAreaAdded',
      'GoalCarriedForward',
      'GoalCarriedForward',
    ]);
    const plan = foldPlan(events);
    expect(plan?.status).toBe('draft');
    expect(plan?.carriedForwardFrom).toBe(2020);
    expect(plan?.focusAreas.map((a) => a.title)).toEqual(['En öppen kommun']);
    expect(plan?.goals.map((g) => [g.goalId, g.revision, g.carriedFrom, g.text])).toEqual([
      ['g1', 0, 2020, 'Socialnämnden samverkar aktivt'],
      ['g2', 1, 2020, 'Tydlig och förståelig myndighetsutövning'],
    ]);
  });

  it('given no committee, when a plan is drafted, then UnknownCommitteeError', () => {
    expect(() =>
      decide(
        { type: 'DraftPlan', committeeId: 'sn', year: 2021 },
        { committee: null, plan: null, fromPlan: null },
      ),
    ).toThrow(UnknownCommitteeError);
  });

  it('given a 2021 plan, when 2021 is drafted again, then PlanAlreadyDraftedError', () => {
    const state = { committee, plan: planOf(given.drafted()), fromPlan: null };
    expect(() => decide({ type: 'DraftPlan', committeeId: 'sn', year: 2021 }, state)).toThrow(
      PlanAlreadyDraftedError,
    );
  });

  it('when carrying forward from the same or a later year, then LineageYearOrderError', () => {
    const state = { committee, plan: null, fromPlan: plan2020() };
    expect(() => decide({ type: 'DraftPlan', committeeId: 'sn', year: 2020, fromYear: 2020 }, state)).toThrow(
      LineageYearOrderError,
    );
  });

  it('when the year to carry from has no plan, then UnknownPlanError', () => {
    const state = { committee, plan: null, fromPlan: null };
    expect(() => decide({ type: 'DraftPlan', committeeId: 'sn', year: 2021, fromYear: 2019 }, state)).toThrow(
      UnknownPlanError,
    );
  });
});
