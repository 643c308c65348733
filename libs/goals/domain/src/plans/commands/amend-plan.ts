import { ReasonRequiredError } from '../../errors/goal-errors';
import { EmptyAmendmentError, PlanNotAdoptedError } from '../../errors/plan-errors';
import { isBlank, normalizeText } from '../../shared/text';
import type { PlanAmended, PlanEvent } from '../plan.events';
import { evolvePlan } from '../plan.evolve';
import { requirePlan, type PlanTarget } from '../plan-guards';
import type { PlanState } from '../plan.state';
import { decidePlanChange, type PlanChange } from './plan-change';
import { decisionFields } from './decision-fields';

/** A decision changes an adopted plan: the decision and all its changes are one atomic append. */
export type AmendPlan = PlanTarget & {
  type: 'AmendPlan';
  decisionRef: string;
  decidedOn: string;
  reason: string;
  changes: readonly PlanChange[];
};

export function decideAmendPlan(command: AmendPlan, state: PlanState | null): PlanEvent[] {
  const plan = requirePlan(state, command);
  if (plan.status === 'draft') throw new PlanNotAdoptedError(plan.committeeId, plan.year);
  const decision = decisionFields(command.decisionRef, command.decidedOn);
  if (isBlank(command.reason)) throw new ReasonRequiredError('An amendment');
  if (command.changes.length === 0) throw new EmptyAmendmentError();
  const amended: PlanAmended = {
    type: 'PlanAmended',
    data: { ...decision, reason: normalizeText(command.reason) },
  };
  // Each change is decided against the plan as the changes before it left it, so that e.g. a goal
  // added by the amendment can be moved by it too.
  let current = evolvePlan(plan, amended) ?? plan;
  const events: PlanEvent[] = [amended];
  for (const change of command.changes) {
    const decided = decidePlanChange(change, current, 'amendment');
    current = decided.reduce<PlanState>((s, event) => evolvePlan(s, event) ?? s, current);
    events.push(...decided);
  }
  return events;
}
