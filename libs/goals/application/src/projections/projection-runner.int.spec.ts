import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventStore, RecordedEvent } from '@goaltrail/event-store-port';
import type { ProjectionProgress } from '../shared/goals-application.tokens';
import { GoalsReadModel } from '../read-model/goals-read-model';
import { startGoalsApp, type GoalsTestApp } from '../testing/goals-app.fixture';
import { committeeId, planner, seedHistory } from '../testing/scenario.fixture';
import { openTestStore, steppingClock } from '../testing/test-store.fixture';
import { ProjectionRunner } from './projection-runner';
import { rebuildProjections } from './rebuild-projections';

describe('ProjectionRunner on the store subscription', () => {
  const clock = steppingClock('2026-03-01T09:00:00Z');
  let store: EventStore;
  let goals: GoalsTestApp;

  beforeAll(async () => {
    store = await openTestStore(clock);
    goals = await startGoalsApp(store, clock);
    await seedHistory(goals.commandBus);
  });

  afterAll(async () => {
    await goals.close();
    await store.close();
  });

  it('catches up from zero, then from its checkpoint only the events written while it was stopped', async () => {
    const runner = new ProjectionRunner(store, new GoalsReadModel());
    const first: ProjectionProgress[] = [];
    await runner.start({ onProgress: (p) => first.push(p), progressEvery: 5 });
    const head = await store.headPosition();
    expect(runner.checkpoint).toBe(head);
    expect(first.at(-1)).toMatchObject({ caughtUp: true, checkpoint: head, head });
    expect(first.filter((p) => !p.caughtUp).length).toBeGreaterThan(0);
    const applied = runner.model.eventCount;
    await runner.stop();

    const outcome = await goals.executor.execute({ type: 'DraftPlan', committeeId, year: 2023, fromYear: 2022 }, planner);
    const second: ProjectionProgress[] = [];
    await runner.start({ onProgress: (p) => second.push(p) });
    expect(second.at(-1)).toMatchObject({ caughtUp: true, applied: outcome.events.length, checkpoint: outcome.position });
    expect(runner.model.eventCount).toBe(applied + outcome.events.length);
    expect(runner.model.fingerprint()).toBe((await rebuildProjections(store)).fingerprint());
    await runner.stop();
  });

  it('waitFor answers true once the position is applied, at once if it already was, false on timeout', async () => {
    expect(await goals.runner.waitFor('99999999', 30)).toBe(false);
    const outcome = await goals.executor.execute(
      { type: 'AddGoal', committeeId, year: 2023, goalId: 'g-live', kind: 'effect', number: 7, text: 'Följs live' },
      planner,
    );
    expect(await goals.runner.waitFor(outcome.position, 5000)).toBe(true);
    expect(goals.model.goalPlans('g-live')).toEqual([
      { committeeId, year: 2023, streamId: `plan-${committeeId}-2023`, held: true },
    ]);
    expect(await goals.runner.waitFor(outcome.position, 0)).toBe(true);
  });

  it('the live model answers what the rebuilt one does, and waiting is released on stop', async () => {
    const runner = new ProjectionRunner(store);
    await runner.start();
    const pending = runner.waitFor('99999999', 60_000);
    await runner.stop();
    expect(await pending).toBe(false);
    expect(runner.model.fingerprint()).toBe(goals.model.fingerprint());
  });

  it('given a projection that breaks, then start fails and nothing waits forever', async () => {
    class BrokenModel extends GoalsReadModel {
      override apply(event: RecordedEvent): void {
        if (event.type === 'PlanAdopted') throw new Error('projection bug');
        super.apply(event);
      }
    }
    const runner = new ProjectionRunner(store, new BrokenModel());
    await expect(runner.start()).rejects.toThrow('projection bug');
    await expect(runner.waitFor('99999999', 60_000)).rejects.toThrow('projection bug');
    await runner.stop();
  });
});
