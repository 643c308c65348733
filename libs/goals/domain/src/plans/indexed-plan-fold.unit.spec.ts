import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftedPlan as drafted, planEventArbitrary as planEvent, planEventPools } from '../testing/plan-events.arbitrary';
import { goalKinds } from '../vocabulary/goal-kind';
import { IndexedPlanFold } from './indexed-plan-fold';
import { foldPlan } from './plan.evolve';
import { findGoal, goalAtPlace, hasFocusArea, isPlaceTaken } from './plan-lookups';
import type { PlanState } from './plan.state';

/** Every answer the rules ask of a plan, over the whole pools. */
function lookups(plan: PlanState) {
  const { goalIds: ids, focusAreaIds, numbers } = planEventPools;
  const places = goalKinds.flatMap((k) => [null, ...focusAreaIds].flatMap((fa) => numbers.map((n) => ({ kind: k, focusAreaId: fa, number: n }))));
  return {
    goals: ids.map((id) => findGoal(plan, id) ?? null),
    focusAreas: focusAreaIds.map((id) => hasFocusArea(plan, id)),
    places: places.map((place) => ({
      holder: goalAtPlace(plan, place)?.goalId ?? null,
      takenFor: ids.map((id) => isPlaceTaken(plan, { ...place, goalId: id })),
    })),
  };
}

describe('IndexedPlanFold', () => {
  it('given any stream of plan events, when folded in place, then state and every lookup equal the general fold', () => {
    fc.assert(
      fc.property(fc.array(planEvent, { maxLength: 40 }), (events) => {
        const stream = [drafted, ...events];
        const fold = new IndexedPlanFold();
        for (const event of stream) fold.apply(event);
        const expected = foldPlan(stream);
        expect(fold.state).toEqual(expected);
        if (fold.state && expected) expect(lookups(fold.state)).toEqual(lookups(expected));
      }),
      { numRuns: 500 },
    );
  });

  it('given a stream folded in place, when an event of an unknown type arrives, then the plan is unchanged', () => {
    const fold = new IndexedPlanFold([drafted]);
    const before = JSON.parse(JSON.stringify(fold.state)) as unknown;
    fold.apply({ type: 'SomethingNewer', data: {} });
    expect(fold.state).toEqual(before);
  });

  it('given 20,000 goals added in place, when a new goal takes a held number, then the place is found taken', () => {
    const fold = new IndexedPlanFold([drafted]);
    for (let n = 1; n <= 20_000; n += 1) {
      fold.apply({ type: 'GoalAdded', data: { goalId: `g${n}`, kind: 'effect', number: n, text: 't', measurementMethod: null, focusAreaId: null } });
    }
    const plan = fold.state as PlanState;
    expect(plan.goals).toHaveLength(20_000);
    expect(isPlaceTaken(plan, { goalId: 'new', kind: 'effect', focusAreaId: null, number: 12_345 })).toBe(true);
    expect(isPlaceTaken(plan, { goalId: 'new', kind: 'directional', focusAreaId: null, number: 12_345 })).toBe(false);
    expect(findGoal(plan, 'g20000')?.number).toBe(20_000);
  });
});
