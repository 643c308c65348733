import type { CommandBus } from '@nestjs/cqrs';
import { AddGoalCommand, DraftPlanCommand, RegisterCommitteeCommand, type Actor } from '@goaltrail/goals-application';
import type { DefineIndicatorInput } from '../indicators/commands/define-indicator/define-indicator.command';

export const committeeId = 'socialnamnden';
export const admin: Actor = { username: 'admin', role: 'admin' };
export const planner: Actor = { username: 'planner-anna', role: 'planner' };
export const auditor: Actor = { username: 'revisor-eva', role: 'auditor' };

/** User satisfaction in home care: a percentage that should rise, Kolada's U21468. */
export const nojdhet: DefineIndicatorInput = {
  indicatorId: 'nojdhet',
  name: 'Nöjdhet med hemtjänsten',
  unit: 'percent',
  direction: 'increase',
  measurementMethod: 'brukarundersökning',
  dataSource: 'Socialstyrelsen',
  koladaKpiId: 'U21468',
  tolerance: 2,
};

/** Appeals (besvärsärenden): a count that should fall, with no Kolada id. */
export const besvar: DefineIndicatorInput = {
  indicatorId: 'besvar',
  name: 'Besvärsärenden',
  unit: 'count',
  direction: 'decrease',
  measurementMethod: 'besvärsärenden',
  dataSource: 'intern statistik',
  tolerance: 2,
};

/** Registers Socialnämnden with a 2020 draft holding the given goals; returns their ids in order. */
export async function seedPlan(bus: CommandBus, year: number, texts: readonly string[]): Promise<string[]> {
  await bus.execute(new RegisterCommitteeCommand(admin, { committeeId, name: 'Socialnämnden', municipality: null }));
  await bus.execute(new DraftPlanCommand(planner, { committeeId, year }));
  const ids: string[] = [];
  for (const [index, text] of texts.entries()) {
    const outcome = await bus.execute(new AddGoalCommand(planner, { committeeId, year, kind: 'effect', number: index + 1, text }));
    ids.push(outcome.goalId);
  }
  return ids;
}
