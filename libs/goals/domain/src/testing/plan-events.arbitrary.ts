import fc from 'fast-check';
import type { PlanEvent } from '../plans/plan.events';
import { goalKinds } from '../vocabulary/goal-kind';

// Small pools so that random streams re-add, re-word, move and retire the same goals and places.
const goalId = fc.constantFrom('g1', 'g2', 'g3', 'g4');
const focusAreaId = fc.constantFrom('fa1', 'fa2');
const placedIn = fc.option(focusAreaId, { nil: null });
const number = fc.integer({ min: 1, max: 3 });
const kind = fc.constantFrom(...goalKinds);
const text = fc.constantFrom('Mål A', 'Mål B');

/** Goal ids, focus area ids and numbers the arbitrary draws from. */
export const planEventPools = { goalIds: ['g1', 'g2', 'g3', 'g4'], focusAreaIds: ['fa1', 'fa2'], numbers: [1, 2, 3] };

/** The plan stream's first event in generated streams. */
export const draftedPlan: PlanEvent = { type: 'PlanDrafted', data: { committeeId: 'sn', year: 2021, carriedForwardFrom: null } };

/** Any plan event over the small pools, including a stream restart (PlanDrafted). */
export const planEventArbitrary: fc.Arbitrary<PlanEvent> = fc.oneof(
  fc.constant(draftedPlan),
  fc.record({ focusAreaId, title: text, description: fc.constant<string[]>(['a']) }).map((data) => ({ type: 'FocusAreaAdded' as const, data })),
  fc.record({ focusAreaId, title: text, description: fc.constant<string[]>(['b']) }).map((data) => ({ type: 'FocusAreaRevised' as const, data })),
  fc.record({ focusAreaId }).map((data) => ({ type: 'FocusAreaRemoved' as const, data })),
  fc.record({ goalId, kind, number, text, measurementMethod: fc.constant(null), focusAreaId: placedIn }).map((data) => ({ type: 'GoalAdded' as const, data })),
  fc
    .record({ goalId, fromYear: fc.constant(2020), kind, number, text, measurementMethod: fc.constant(null), focusAreaId: placedIn, revision: fc.nat(3) })
    .map((data) => ({ type: 'GoalCarriedForward' as const, data })),
  fc.record({ goalId, text, measurementMethod: fc.constant('enkät'), reason: fc.constant('r'), revision: fc.nat(3) }).map((data) => ({ type: 'GoalReworded' as const, data })),
  fc.record({ goalId, focusAreaId: placedIn, number }).map((data) => ({ type: 'GoalMoved' as const, data })),
  fc.record({ goalId, reason: fc.constant('r'), fromYear: fc.constant(null) }).map((data) => ({ type: 'GoalRetired' as const, data })),
  fc.record({ decisionRef: fc.constant('SN §1'), decidedOn: fc.constant('2020-12-01') }).map((data) => ({ type: 'PlanAdopted' as const, data })),
);
