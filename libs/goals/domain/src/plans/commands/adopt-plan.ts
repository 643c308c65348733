import { EmptyPlanError, PlanAlreadyAdoptedError } from '../../errors/plan-errors';
import type { PlanAdopted } from '../plan.events';
import { requirePlan, type PlanTarget } from '../plan-guards';
import type { PlanState } from '../plan.state';
import { decisionFields } from './decision-fields';

/** The committee adopts a draft plan by a formal decision. */
export type AdoptPlan = PlanTarget & {
  type: 'AdoptPlan';
  /** e.g. "SN § 123, dnr SOC 2020/456". */
  decisionRef: string;
  /** Calendar date of the decision, YYYY-MM-DD. */
  decidedOn: string;
};

export function decideAdoptPlan(command: AdoptPlan, state: PlanState | null): PlanAdopted[] {
  const plan = requirePlan(state, command);
  if (plan.status !== 'draft') throw new PlanAlreadyAdoptedError(plan.committeeId, plan.year);
  const decision = decisionFields(command.decisionRef, command.decidedOn);
  if (plan.goals.length === 0) throw new EmptyPlanError(plan.committeeId, plan.year);
  return [{ type: 'PlanAdopted', data: decision }];
}
