import type { CommandBus } from '@nestjs/cqrs';
import { RegisterCommitteeCommand } from '../committees/commands/register-committee/register-committee.command';
import { AddFocusAreaCommand } from '../plans/commands/add-focus-area/add-focus-area.command';
import { AddGoalCommand } from '../plans/commands/add-goal/add-goal.command';
import { AdoptPlanCommand } from '../plans/commands/adopt-plan/adopt-plan.command';
import { DraftPlanCommand } from '../plans/commands/draft-plan/draft-plan.command';
import { AmendPlanCommand } from '../plans/commands/amend-plan/amend-plan.command';
import { RetireGoalCommand } from '../plans/commands/retire-goal/retire-goal.command';
import { RewordGoalCommand } from '../plans/commands/reword-goal/reword-goal.command';
import { LinkGoalsCommand } from '../lineage/commands/link-goals/link-goals.command';
import type { Actor } from '../shared/actor';

/** The committee of the scenario. */
export const committeeId = 'socialnamnden';
export const admin: Actor = { username: 'admin', role: 'admin' };
export const planner: Actor = { username: 'planner-anna', role: 'planner' };
export const auditor: Actor = { username: 'revisor-eva', role: 'auditor' };

/** 2020 wordings from the seed document (Socialnämndens mål under "En öppen kommun"). */
export const wording2020 = {
  myndighet: 'Socialnämnden ska ha en tydlig och förståelig myndighetsutövning',
  delaktighet: 'Brukarna ska vara delaktiga i utformningen av sina insatser',
};

/** Registers Socialnämnden and records its adopted 2020 plan; returns the goal ids. */
export async function seed2020(bus: CommandBus): Promise<{ myndighet: string; delaktighet: string }> {
  await bus.execute(new RegisterCommitteeCommand(admin, { committeeId, name: 'Socialnämnden', municipality: null }));
  await bus.execute(new DraftPlanCommand(planner, { committeeId, year: 2020 }));
  await bus.execute(
    new AddFocusAreaCommand(planner, {
      committeeId,
      year: 2020,
      focusAreaId: 'oppen',
      title: 'En öppen kommun',
      description: ['Öppenhet och mångfald', 'Medborgarna är delaktiga'],
    }),
  );
  const goal = (number: number, text: string) =>
    bus.execute(
      new AddGoalCommand(planner, { committeeId, year: 2020, kind: 'committee', focusAreaId: 'oppen', number, text }),
    );
  const myndighet = (await goal(1, wording2020.myndighet)).goalId;
  const delaktighet = (await goal(2, wording2020.delaktighet)).goalId;
  await bus.execute(
    new AdoptPlanCommand(admin, { committeeId, year: 2020, decisionRef: 'SN 2019 § 150', decidedOn: '2019-12-10' }),
  );
  return { myndighet, delaktighet };
}

/**
 * Seed 2020, then a 2021 carried forward, reworded and adopted, amended by a decision, a lineage
 * link, and a 2022 draft that retires a goal: a log that exercises every fold of the read model.
 */
export async function seedHistory(bus: CommandBus): Promise<{ myndighet: string; delaktighet: string }> {
  const ids = await seed2020(bus);
  await bus.execute(new DraftPlanCommand(planner, { committeeId, year: 2021, fromYear: 2020 }));
  await bus.execute(
    new RewordGoalCommand(planner, {
      committeeId,
      year: 2021,
      goalId: ids.myndighet,
      text: 'Socialnämnden ska ha en tydlig, förståelig och rättssäker myndighetsutövning',
      reason: 'Rättssäkerhet lyfts fram',
      expectedRevision: 0,
    }),
  );
  await bus.execute(
    new AdoptPlanCommand(planner, { committeeId, year: 2021, decisionRef: 'SN 2020-12-10 § 123', decidedOn: '2020-12-10' }),
  );
  await bus.execute(
    new AmendPlanCommand(planner, {
      committeeId,
      year: 2021,
      decisionRef: 'SN 2021-06-15 § 45',
      decidedOn: '2021-06-15',
      reason: 'Klarspråk',
      changes: [{ type: 'MoveGoal', goalId: ids.delaktighet, focusAreaId: 'oppen', number: 3 }],
    }),
  );
  await bus.execute(new DraftPlanCommand(planner, { committeeId, year: 2022, fromYear: 2021 }));
  await bus.execute(
    new RetireGoalCommand(planner, { committeeId, year: 2022, goalId: ids.delaktighet, reason: 'Ingår i myndighetsmålet' }),
  );
  await bus.execute(
    new LinkGoalsCommand(planner, {
      committeeId,
      fromYear: 2021,
      fromGoalId: ids.delaktighet,
      toYear: 2022,
      toGoalId: ids.myndighet,
      relation: 'merged',
      rationale: 'Delaktighet ingår i en rättssäker myndighetsutövning',
    }),
  );
  return ids;
}
