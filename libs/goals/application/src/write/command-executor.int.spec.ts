import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  WrongExpectedRevisionError,
  type EventStore,
  type RecordedEvent,
} from '@goaltrail/event-store-port';
import { GoalRevisionConflictError } from '@goaltrail/goals-domain';
import { startGoalsApp, type GoalsTestApp } from '../testing/goals-app.fixture';
import { barrier, interceptAppends } from '../testing/intercept-store.fixture';
import { admin, planner } from '../testing/scenario.fixture';
import { openTestStore, steppingClock } from '../testing/test-store.fixture';
import { CommandExecutor, maxAttempts } from './command-executor';
import { GoalsEventAppended } from './goals-event-appended.event';
import { readWholeStream } from './read-whole-stream';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('CommandExecutor on a real PGlite store', () => {
  const clock = steppingClock('2026-03-01T09:00:00Z');
  let store: EventStore;
  let goals: GoalsTestApp;
  let committeeCount = 0;

  /** A fresh committee with a 2021 draft holding effect goal 1 ("Mål ett"); returns its id. */
  async function draftWithGoal(executor: CommandExecutor = goals.executor): Promise<string> {
    const committeeId = `sn-${++committeeCount}`;
    await executor.execute({ type: 'RegisterCommittee', committeeId, name: 'Socialnämnden' }, admin);
    await executor.execute({ type: 'DraftPlan', committeeId, year: 2021 }, planner);
    await executor.execute(
      { type: 'AddGoal', committeeId, year: 2021, goalId: `${committeeId}-g1`, kind: 'effect', number: 1, text: 'Mål ett' },
      planner,
    );
    return committeeId;
  }
  const planEvents = (committeeId: string): Promise<RecordedEvent[]> =>
    readWholeStream(store, `plan-${committeeId}-2021`);

  beforeAll(async () => {
    store = await openTestStore(clock);
    goals = await startGoalsApp(store, clock);
  });

  afterAll(async () => {
    await goals.close();
    await store.close();
  });

  it('wraps decided events in the envelope: ids, actor, role, audit fields, correlation and business time', async () => {
    const committeeId = await draftWithGoal();
    const reworded = await goals.executor.execute(
      { type: 'RewordGoal', committeeId, year: 2021, goalId: `${committeeId}-g1`, text: 'Mål 1', reason: 'Kortare', expectedRevision: 0 },
      planner,
      { reason: 'ignored: the command has its own', correlationId: 'req-42' },
    );
    const adopted = await goals.executor.execute(
      { type: 'AdoptPlan', committeeId, year: 2021, decisionRef: 'SN § 1', decidedOn: '2020-12-10' },
      { username: 'secretary-bo', role: 'planner' },
    );
    const [rewordedEvent, adoptedEvent] = (await planEvents(committeeId)).slice(-2);
    expect(rewordedEvent?.id).toMatch(uuid);
    expect(rewordedEvent?.metadata).toMatchObject({
      actor: 'planner-anna',
      role: 'planner',
      reason: 'Kortare',
      decisionRef: null,
      correlationId: 'req-42',
    });
    expect(Date.parse(rewordedEvent?.metadata.effectiveAt ?? '')).not.toBeNaN();
    expect(adoptedEvent?.metadata).toMatchObject({ actor: 'secretary-bo', decisionRef: 'SN § 1', effectiveAt: '2020-12-10' });
    expect(adoptedEvent?.metadata.correlationId).toMatch(uuid);
    expect(reworded).toMatchObject({ streamId: `plan-${committeeId}-2021`, nextExpectedRevision: 2 });
    expect(adopted.events.map((e) => [e.type, e.revision, e.id])).toEqual([['PlanAdopted', 3, adoptedEvent?.id]]);
    expect(adopted.position).toBe(adoptedEvent?.position);
  });

  it('takes reason, decision and effective time from the caller when the command has none', async () => {
    const outcome = await goals.executor.execute(
      { type: 'RegisterCommittee', committeeId: 'kf-import', name: 'Kommunfullmäktige' },
      admin,
      { reason: 'Import av 2005 års mål', decisionRef: 'KF 2004 § 12', effectiveAt: '2005-01-01' },
    );
    expect(outcome.events[0]?.metadata).toMatchObject({
      reason: 'Import av 2005 års mål',
      decisionRef: 'KF 2004 § 12',
      effectiveAt: '2005-01-01',
    });
  });

  it('publishes on the EventBus only after the append, and nothing when the command fails', async () => {
    const committeeId = await draftWithGoal();
    const log: string[] = [];
    const spied = interceptAppends(store, async (append, ...args) => {
      const result = await append(...args);
      log.push(`append ${result.nextExpectedRevision}`);
      return result;
    });
    const subscription = goals.eventBus.subscribe((event) => {
      if (event instanceof GoalsEventAppended) log.push(`publish ${event.event.type} ${event.event.revision}`);
    });
    const executor = new CommandExecutor(spied, clock, goals.eventBus);
    const add = { type: 'AddGoal', committeeId, year: 2021, goalId: 'g2', kind: 'effect', number: 2, text: 'Mål två' } as const;
    await executor.execute(add, planner);
    await expect(executor.execute(add, planner)).rejects.toMatchObject({ rule: 'goal-ids-are-unique-in-a-plan' });
    subscription.unsubscribe();
    expect(log).toEqual(['append 2', 'publish GoalAdded 2']);
  });

  it('given two writers racing on one plan, when both changes still fit, then both land via retry', async () => {
    const committeeId = await draftWithGoal();
    const bothDecided = barrier(2);
    let appends = 0;
    const racing = interceptAppends(store, async (append, ...args) => {
      appends += 1;
      await bothDecided();
      return append(...args);
    });
    const [anna, bo] = [new CommandExecutor(racing, clock, goals.eventBus), new CommandExecutor(racing, clock, goals.eventBus)];
    const add = (goalId: string, number: number) =>
      ({ type: 'AddGoal', committeeId, year: 2021, goalId, kind: 'effect', number, text: `Mål ${number}` }) as const;
    const outcomes = await Promise.all([anna.execute(add('g2', 2), planner), bo.execute(add('g3', 3), planner)]);
    expect(appends).toBe(3);
    expect(outcomes.map((o) => o.nextExpectedRevision).sort()).toEqual([2, 3]);
    expect((await planEvents(committeeId)).map((e) => e.type)).toEqual(['PlanDrafted', 'GoalAdded', 'GoalAdded', 'GoalAdded']);
  });

  it('given two writers rewording the same wording, then one wins and the other gets a clean conflict', async () => {
    const committeeId = await draftWithGoal();
    const bothDecided = barrier(2);
    const racing = interceptAppends(store, async (append, ...args) => {
      await bothDecided();
      return append(...args);
    });
    const reword = (text: string) =>
      new CommandExecutor(racing, clock, goals.eventBus).execute(
        { type: 'RewordGoal', committeeId, year: 2021, goalId: `${committeeId}-g1`, text, reason: 'Ny lydelse', expectedRevision: 0 },
        planner,
      );
    const results = await Promise.allSettled([reword('Första lydelsen'), reword('Andra lydelsen')]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const rejected = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(rejected?.reason).toBeInstanceOf(GoalRevisionConflictError);
    expect(rejected?.reason).toMatchObject({ expectedRevision: 0, currentRevision: 1 });
    expect((await planEvents(committeeId)).filter((e) => e.type === 'GoalReworded')).toHaveLength(1);
  });

  it(`gives up after ${maxAttempts} conflicting attempts with the store's conflict, publishing nothing`, async () => {
    const committeeId = await draftWithGoal();
    let appends = 0;
    const alwaysBehind = interceptAppends(store, async (_append, streamId, _events, options) => {
      appends += 1;
      throw new WrongExpectedRevisionError(streamId, options.expectedRevision, 99);
    });
    const published: unknown[] = [];
    const subscription = goals.eventBus.subscribe((event) => published.push(event));
    const executor = new CommandExecutor(alwaysBehind, clock, goals.eventBus);
    const move = { type: 'MoveGoal', committeeId, year: 2021, goalId: `${committeeId}-g1`, focusAreaId: null, number: 5 } as const;
    await expect(executor.execute(move, planner)).rejects.toThrow(WrongExpectedRevisionError);
    subscription.unsubscribe();
    expect([appends, published.length]).toEqual([maxAttempts, 0]);
  });
});
