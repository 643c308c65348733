import { describe, expect, it } from 'vitest';
import { planAsOf, UnknownCommitteeError, UnknownGoalError, UnknownPlanError } from '@goaltrail/goals-domain';
import { GetPlansHandler } from '../plans/queries/get-plans/get-plans.handler';
import { GetPlansQuery } from '../plans/queries/get-plans/get-plans.query';
import { GetPlanHandler } from '../plans/queries/get-plan/get-plan.handler';
import { GetPlanQuery } from '../plans/queries/get-plan/get-plan.query';
import { GetGoalHistoryHandler } from '../goals/queries/get-goal-history/get-goal-history.handler';
import { GetGoalHistoryQuery } from '../goals/queries/get-goal-history/get-goal-history.query';
import { ResolveGoalPlanHandler } from '../goals/queries/resolve-goal-plan/resolve-goal-plan.handler';
import { ResolveGoalPlanQuery } from '../goals/queries/resolve-goal-plan/resolve-goal-plan.query';
import { GetLineageHandler } from '../lineage/queries/get-lineage/get-lineage.handler';
import { GetLineageQuery } from '../lineage/queries/get-lineage/get-lineage.query';
import { recordedLog } from '../testing/recorded-log.fixture';
import { GoalsReadModel } from './goals-read-model';

const sn = 'sn';

function history() {
  const log = recordedLog();
  log.run({ type: 'RegisterCommittee', committeeId: sn, name: 'Socialnämnden' });
  log.run({ type: 'DraftPlan', committeeId: sn, year: 2020 });
  for (const [goalId, number] of [['a', 1], ['b', 2]] as const) {
    log.run({ type: 'AddGoal', committeeId: sn, year: 2020, goalId, kind: 'effect', number, text: `Mål ${goalId}` });
  }
  log.run({ type: 'AdoptPlan', committeeId: sn, year: 2020, decisionRef: 'SN § 1', decidedOn: '2019-12-10' });
  log.run({ type: 'DraftPlan', committeeId: sn, year: 2021, fromYear: 2020 });
  log.run({ type: 'RetireGoal', committeeId: sn, year: 2021, goalId: 'b', reason: 'Uppnått' });
  return log;
}

describe('GoalsReadModel', () => {
  it('given a log, then it lists committees and plans, and moves its checkpoint with every event', () => {
    const log = history();
    const model = log.model();
    expect(model.committees()).toEqual([{ committeeId: sn, name: 'Socialnämnden', municipality: null }]);
    expect(model.plans(sn).map((p) => [p.year, p.status, p.revision, p.goalCount])).toEqual([
      [2020, 'adopted', 3, 2],
      [2021, 'draft', 3, 1],
    ]);
    expect([model.checkpoint, model.eventCount]).toEqual([log.events.at(-1)?.position, log.events.length]);
  });

  it('then the goal index lists plans newest first, marking the plan a goal was retired from', () => {
    const model = history().model();
    expect(model.goalPlans('a').map((ref) => [ref.year, ref.held])).toEqual([[2021, true], [2020, true]]);
    expect(model.goalPlans('b').map((ref) => [ref.year, ref.held])).toEqual([[2021, false], [2020, true]]);
    expect(model.goalPlans('nope')).toEqual([]);
  });

  it('then the current view is the domain fold of the whole log, and is rebuilt after a change', () => {
    const log = history();
    const model = log.model();
    const first = model.currentView(sn, 2021);
    expect(first).toEqual(planAsOf(log.events, { committeeId: sn, year: 2021 }));
    expect(model.currentView(sn, 2021)).toBe(first);
    const [moved] = log.run({ type: 'MoveGoal', committeeId: sn, year: 2021, goalId: 'a', focusAreaId: null, number: 4 });
    if (moved) model.apply(moved);
    expect(model.currentView(sn, 2021)).toEqual(planAsOf(log.events, { committeeId: sn, year: 2021 }));
    expect(model.currentView(sn, 1999)).toBeNull();
  });

  it('ignores streams it does not project, but still moves the checkpoint', () => {
    const model = new GoalsReadModel();
    const [registered] = history().events;
    if (!registered) throw new Error('no events');
    model.apply({ ...registered, streamId: 'user-anna', type: 'UserAdded', position: '7' });
    expect([model.checkpoint, model.committees(), model.committeeIds()]).toEqual(['7', [], []]);
  });

  it('queries name what is missing: committee, plan, goal', async () => {
    const model = history().model();
    await expect(new GetPlansHandler(model).execute(new GetPlansQuery('kf'))).rejects.toThrow(UnknownCommitteeError);
    await expect(new GetPlanHandler(model).execute(new GetPlanQuery(sn, 2030))).rejects.toThrow(UnknownPlanError);
    const before = new GetPlanQuery(sn, 2021, { asOf: '2026-03-01T08:00:00Z' });
    await expect(new GetPlanHandler(model).execute(before)).rejects.toThrow(UnknownPlanError);
    await expect(new GetGoalHistoryHandler(model).execute(new GetGoalHistoryQuery('nope'))).rejects.toThrow(UnknownGoalError);
    await expect(new ResolveGoalPlanHandler(model).execute(new ResolveGoalPlanQuery('nope'))).rejects.toThrow(UnknownGoalError);
    await expect(new GetLineageHandler(model).execute(new GetLineageQuery('kf', 2020, 2021))).rejects.toThrow(
      UnknownCommitteeError,
    );
  });

  it('ResolveGoalPlan skips the plan a goal was retired from', async () => {
    const model = history().model();
    const resolve = new ResolveGoalPlanHandler(model);
    expect(await resolve.execute(new ResolveGoalPlanQuery('b'))).toMatchObject({ year: 2020, status: 'adopted' });
    expect(await resolve.execute(new ResolveGoalPlanQuery('a'))).toMatchObject({ year: 2021, status: 'draft' });
  });
});
