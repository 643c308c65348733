import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventStore, RecordedEvent } from '@goaltrail/event-store-port';
import { planAsOf } from '@goaltrail/goals-domain';
import { GetCommitteesHandler } from '../committees/queries/get-committees/get-committees.handler';
import { GetGoalHistoryHandler } from '../goals/queries/get-goal-history/get-goal-history.handler';
import { GetGoalHistoryQuery } from '../goals/queries/get-goal-history/get-goal-history.query';
import { ResolveGoalPlanHandler } from '../goals/queries/resolve-goal-plan/resolve-goal-plan.handler';
import { ResolveGoalPlanQuery } from '../goals/queries/resolve-goal-plan/resolve-goal-plan.query';
import { GetLineageHandler } from '../lineage/queries/get-lineage/get-lineage.handler';
import { GetLineageQuery } from '../lineage/queries/get-lineage/get-lineage.query';
import { GetPlanDiffHandler } from '../plans/queries/get-plan-diff/get-plan-diff.handler';
import { GetPlanDiffQuery } from '../plans/queries/get-plan-diff/get-plan-diff.query';
import { GetPlanHandler } from '../plans/queries/get-plan/get-plan.handler';
import { GetPlanQuery } from '../plans/queries/get-plan/get-plan.query';
import { GetPlansHandler } from '../plans/queries/get-plans/get-plans.handler';
import { GetPlansQuery } from '../plans/queries/get-plans/get-plans.query';
import type { GoalsReadModel } from '../read-model/goals-read-model';
import type { ProjectionProgress } from '../shared/goals-application.tokens';
import { startGoalsApp, type GoalsTestApp } from '../testing/goals-app.fixture';
import { committeeId, planner, seedHistory } from '../testing/scenario.fixture';
import { openTestStore, steppingClock } from '../testing/test-store.fixture';
import { rebuildProjections } from './rebuild-projections';

/** Every query answer a model gives on the seeded history. */
async function answers(model: GoalsReadModel, ids: { myndighet: string; delaktighet: string }, draftedAt: string) {
  const plan = new GetPlanHandler(model);
  return {
    committees: await new GetCommitteesHandler(model).execute(),
    plans: await new GetPlansHandler(model).execute(new GetPlansQuery(committeeId)),
    now: await Promise.all([2020, 2021, 2022].map((year) => plan.execute(new GetPlanQuery(committeeId, year)))),
    asOf: await plan.execute(new GetPlanQuery(committeeId, 2021, { asOf: draftedAt })),
    effective: await plan.execute(new GetPlanQuery(committeeId, 2021, { effectiveAt: draftedAt })),
    histories: await Promise.all(
      [ids.myndighet, ids.delaktighet].map((id) => new GetGoalHistoryHandler(model).execute(new GetGoalHistoryQuery(id))),
    ),
    diff: await new GetPlanDiffHandler(model).execute(new GetPlanDiffQuery(committeeId, 2020, 2022)),
    lineage: await new GetLineageHandler(model).execute(new GetLineageQuery(committeeId, 2020, 2022)),
    resolved: await new ResolveGoalPlanHandler(model).execute(new ResolveGoalPlanQuery(ids.delaktighet)),
  };
}

describe('rebuildProjections from position zero', () => {
  const clock = steppingClock('2026-03-01T09:00:00Z');
  let store: EventStore;
  let goals: GoalsTestApp;
  let ids: { myndighet: string; delaktighet: string };
  let draftedAt: string;

  beforeAll(async () => {
    store = await openTestStore(clock);
    goals = await startGoalsApp(store, clock);
    ids = await seedHistory(goals.commandBus);
    const head = await store.headPosition();
    if (head === null || !(await goals.runner.waitFor(head, 5000))) throw new Error('live model did not catch up');
    draftedAt = goals.model.plan(committeeId, 2021)?.events[0]?.metadata.recordedAt ?? '';
  });

  afterAll(async () => {
    await goals.close();
    await store.close();
  });

  it("gives the live model's fingerprint and the same answer to every query", async () => {
    const progress: ProjectionProgress[] = [];
    const rebuilt = await rebuildProjections(store, { onProgress: (p) => progress.push(p) });
    expect(rebuilt.fingerprint()).toMatch(/^[0-9a-f]{64}$/);
    expect(rebuilt.fingerprint()).toBe(goals.model.fingerprint());
    expect(rebuilt.checkpoint).toBe(goals.model.checkpoint);
    expect(progress.at(-1)).toMatchObject({ caughtUp: true, applied: goals.model.eventCount });
    const live = await answers(goals.model, ids, draftedAt);
    expect(live.asOf.status).toBe('draft');
    expect(await answers(rebuilt, ids, draftedAt)).toEqual(live);
  });

  it('the cached current views equal the domain folding the whole log', async () => {
    const all: RecordedEvent[] = [];
    for await (const event of store.readAll()) all.push(event);
    for (const year of [2020, 2021, 2022]) {
      expect(goals.model.currentView(committeeId, year)).toEqual(planAsOf(all, { committeeId, year }));
    }
  });

  it('the fingerprint moves with the answers', async () => {
    const before = goals.model.fingerprint();
    const outcome = await goals.executor.execute(
      { type: 'ReviseFocusArea', committeeId, year: 2022, focusAreaId: 'oppen', title: 'En öppen kommun', description: ['Öppenhet'] },
      planner,
    );
    await goals.runner.waitFor(outcome.position, 5000);
    expect(goals.model.fingerprint()).not.toBe(before);
    expect((await rebuildProjections(store)).fingerprint()).toBe(goals.model.fingerprint());
  });
});
