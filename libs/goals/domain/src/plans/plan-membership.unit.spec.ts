import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planEventArbitrary } from '../testing/plan-events.arbitrary';
import { evolvePlan } from './plan.evolve';
import { goalsJoiningOrLeaving } from './plan-membership';
import type { PlanState } from './plan.state';

const heldIds = (plan: PlanState | null) => new Set(plan?.goals.map((goal) => goal.goalId) ?? []);

describe('goalsJoiningOrLeaving', () => {
  it('given any stream, when each event is folded, then it names exactly the goals whose membership changed', () => {
    fc.assert(
      fc.property(fc.array(planEventArbitrary, { maxLength: 40 }), (events) => {
        let plan: PlanState | null = null;
        for (const event of events) {
          const named = goalsJoiningOrLeaving(plan, event);
          const after = evolvePlan(plan, event);
          const [before, now] = [heldIds(plan), heldIds(after)];
          const changed = [...new Set([...before, ...now])].filter((id) => before.has(id) !== now.has(id));
          expect(new Set(named)).toEqual(new Set(changed));
          plan = after;
        }
      }),
      { numRuns: 500 },
    );
  });
});
