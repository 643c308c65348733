import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventStore } from '@goaltrail/event-store-port';
import { formatWordDiff, goalsOf, PlanAlreadyAdoptedError, type PlanView } from '@goaltrail/goals-domain';
import { GetCommitteesQuery } from '../committees/queries/get-committees/get-committees.query';
import { GetGoalHistoryQuery } from '../goals/queries/get-goal-history/get-goal-history.query';
import { ResolveGoalPlanQuery } from '../goals/queries/resolve-goal-plan/resolve-goal-plan.query';
import { LinkGoalsCommand } from '../lineage/commands/link-goals/link-goals.command';
import { GetLineageQuery } from '../lineage/queries/get-lineage/get-lineage.query';
import { ReadOnlyRoleError } from '../shared/application-errors';
import { startGoalsApp, type GoalsTestApp } from '../testing/goals-app.fixture';
import { admin, auditor, committeeId, planner, seed2020, wording2020 } from '../testing/scenario.fixture';
import { openTestStore, steppingClock } from '../testing/test-store.fixture';
import { AddGoalCommand } from './commands/add-goal/add-goal.command';
import { AdoptPlanCommand } from './commands/adopt-plan/adopt-plan.command';
import { DraftPlanCommand } from './commands/draft-plan/draft-plan.command';
import { RewordGoalCommand } from './commands/reword-goal/reword-goal.command';
import { GetPlanDiffQuery } from './queries/get-plan-diff/get-plan-diff.query';
import { GetPlanQuery } from './queries/get-plan/get-plan.query';
import { GetPlansQuery } from './queries/get-plans/get-plans.query';

const newWording = 'Socialnämnden ska ha en tydlig, förståelig och rättssäker myndighetsutövning';
const wordingOf = (plan: PlanView, goalId: string) => goalsOf(plan).find((goal) => goal.goalId === goalId)?.text;

describe('Issue 4 scenario through the command and query buses (real PGlite store)', () => {
  const clock = steppingClock('2026-03-01T09:00:00Z');
  let store: EventStore;
  let goals: GoalsTestApp;
  let ids: { myndighet: string; delaktighet: string };
  let beforeRewording: string;

  beforeAll(async () => {
    store = await openTestStore(clock);
    goals = await startGoalsApp(store, clock);
    ids = await seed2020(goals.commandBus);
    await goals.commandBus.execute(new DraftPlanCommand(planner, { committeeId, year: 2021, fromYear: 2020 }));
    beforeRewording = clock.now().toISOString();
    await goals.commandBus.execute(
      new RewordGoalCommand(planner, {
        committeeId,
        year: 2021,
        goalId: ids.myndighet,
        text: newWording,
        reason: 'Rättssäkerhet lyfts fram',
        expectedRevision: 0,
      }),
    );
    const adopted = await goals.commandBus.execute(
      new AdoptPlanCommand(planner, { committeeId, year: 2021, decisionRef: 'SN 2020-12-10 § 123', decidedOn: '2020-12-10' }),
    );
    expect(await goals.runner.waitFor(adopted.position, 5000)).toBe(true);
  });

  afterAll(async () => {
    await goals.close();
    await store.close();
  });

  it('lists the committee and its plans with status and decision', async () => {
    expect(await goals.queryBus.execute(new GetCommitteesQuery())).toEqual([
      { committeeId, name: 'Socialnämnden', municipality: null },
    ]);
    const plans = await goals.queryBus.execute(new GetPlansQuery(committeeId));
    expect(plans.map((plan) => [plan.year, plan.status, plan.adoption?.decisionRef, plan.carriedForwardFrom])).toEqual([
      [2020, 'adopted', 'SN 2019 § 150', null],
      [2021, 'adopted', 'SN 2020-12-10 § 123', 2020],
    ]);
  });

  it('GetPlan 2021 shows the new wording, adopted, with the plan stream revision', async () => {
    const plan = await goals.queryBus.execute(new GetPlanQuery(committeeId, 2021));
    expect(plan.status).toBe('adopted');
    expect(wordingOf(plan, ids.myndighet)).toBe(newWording);
    expect(wordingOf(plan, ids.delaktighet)).toBe(wording2020.delaktighet);
    expect(plan.revision).toBe((await store.streamRevision(`plan-${committeeId}-2021`)) as number);
  });

  it('GetPlan 2021 as of before the rewording shows the old wording in the draft', async () => {
    const plan = await goals.queryBus.execute(new GetPlanQuery(committeeId, 2021, { asOf: beforeRewording }));
    expect([plan.status, wordingOf(plan, ids.myndighet)]).toEqual(['draft', wording2020.myndighet]);
  });

  it('GetGoalHistory shows both wordings with actor, role, reason and decision', async () => {
    const history = await goals.queryBus.execute(new GetGoalHistoryQuery(ids.myndighet));
    const rows = history.entries.map((e) => [e.year, e.change, e.goal.text, e.actor, e.role, e.reason, e.decisionRef]);
    expect(rows).toEqual([
      [2020, 'added', wording2020.myndighet, 'planner-anna', 'planner', null, null],
      [2020, 'adopted', wording2020.myndighet, 'admin', 'admin', null, 'SN 2019 § 150'],
      [2021, 'carried-forward', wording2020.myndighet, 'planner-anna', 'planner', null, null],
      [2021, 'reworded', newWording, 'planner-anna', 'planner', 'Rättssäkerhet lyfts fram', null],
      [2021, 'adopted', newWording, 'planner-anna', 'planner', null, 'SN 2020-12-10 § 123'],
    ]);
    const adoption = history.entries.at(-1);
    expect(adoption?.effectiveAt).toBe('2020-12-10');
    expect(adoption?.recordedAt).toMatch(/^2026-03-01T/);
    // Carrying forward keeps the goal's id: that is its history, not an ancestor.
    expect([history.ancestors, history.descendants]).toEqual([[], []]);
  });

  it('GetPlanDiff 2020 → 2021 shows the word-level change', async () => {
    const diff = await goals.queryBus.execute(new GetPlanDiffQuery(committeeId, 2020, 2021));
    expect(diff.reworded).toHaveLength(1);
    expect(formatWordDiff(diff.reworded[0]?.tokens ?? [])).toBe(
      'Socialnämnden ska ha en tydlig [-och-]{+,+} förståelig {+och rättssäker+} myndighetsutövning',
    );
    expect(diff.unchanged.map((pair) => pair.to.goalId)).toEqual([ids.delaktighet]);
  });

  it('GetLineage 2020 → 2021 links the goals, the reworded one as reworded', async () => {
    const graph = await goals.queryBus.execute(new GetLineageQuery(committeeId, 2020, 2021));
    expect(graph.years).toEqual([2020, 2021]);
    expect(graph.links.map((link) => [link.source, link.relation]).sort()).toEqual(
      [
        [`2020/${ids.delaktighet}`, 'continues'],
        [`2020/${ids.myndighet}`, 'reworded'],
      ].sort(),
    );
  });

  it('ResolveGoalPlan finds the newest plan holding the goal', async () => {
    expect(await goals.queryBus.execute(new ResolveGoalPlanQuery(ids.myndighet))).toEqual({
      committeeId,
      year: 2021,
      streamId: `plan-${committeeId}-2021`,
      status: 'adopted',
    });
  });

  it('editing the adopted plan is refused by the rule and appends nothing', async () => {
    const head = await store.headPosition();
    const add = new AddGoalCommand(planner, { committeeId, year: 2021, kind: 'effect', number: 1, text: 'Nytt mål' });
    await expect(goals.commandBus.execute(add)).rejects.toThrow(PlanAlreadyAdoptedError);
    await expect(goals.commandBus.execute(add)).rejects.toMatchObject({ rule: 'adopted-plan-is-immutable' });
    expect(await store.headPosition()).toBe(head);
  });

  it('a recorded lineage link shows as ancestor and descendant in the goal histories', async () => {
    const linked = await goals.commandBus.execute(
      new LinkGoalsCommand(planner, {
        committeeId,
        fromYear: 2020,
        fromGoalId: ids.delaktighet,
        toYear: 2021,
        toGoalId: ids.myndighet,
        relation: 'merged',
        rationale: 'Delaktighet ingår i en rättssäker myndighetsutövning',
      }),
    );
    expect(linked.events[0]?.metadata.reason).toBe('Delaktighet ingår i en rättssäker myndighetsutövning');
    await goals.runner.waitFor(linked.position, 5000);
    const history = await goals.queryBus.execute(new GetGoalHistoryQuery(ids.myndighet));
    expect(history.ancestors.map((l) => [l.fromYear, l.fromGoalId, l.relation, l.origin])).toEqual([
      [2020, ids.delaktighet, 'merged', 'recorded'],
    ]);
    const from = await goals.queryBus.execute(new GetGoalHistoryQuery(ids.delaktighet));
    expect(from.descendants.map((l) => [l.toYear, l.toGoalId, l.relation])).toEqual([[2021, ids.myndighet, 'merged']]);
    const plan = await goals.queryBus.execute(new GetPlanQuery(committeeId, 2021));
    expect(goalsOf(plan).find((g) => g.goalId === ids.myndighet)?.ancestors).toEqual([
      { year: 2020, goalId: ids.delaktighet, relation: 'merged' },
    ]);
  });

  it('an auditor cannot write, even past the HTTP guards', async () => {
    const head = await store.headPosition();
    const draft = new DraftPlanCommand(auditor, { committeeId, year: 2022, fromYear: 2021 });
    await expect(goals.commandBus.execute(draft)).rejects.toThrow(ReadOnlyRoleError);
    expect(await store.headPosition()).toBe(head);
    await expect(goals.commandBus.execute(new DraftPlanCommand(admin, { committeeId, year: 2022, fromYear: 2021 }))).resolves.toMatchObject({
      streamId: `plan-${committeeId}-2022`,
    });
  });
});
