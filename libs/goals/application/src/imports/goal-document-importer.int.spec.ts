import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventStore, RecordedEvent } from '@goaltrail/event-store-port';
import { foldCommittee, foldPlan, streamIds } from '@goaltrail/goals-domain';
import { ReadOnlyRoleError } from '../shared/application-errors';
import { startGoalsApp, type GoalsTestApp } from '../testing/goals-app.fixture';
import { openTestStore, steppingClock } from '../testing/test-store.fixture';
import { ImportRejectedError } from './import-errors';
import { ImportGoalDocumentCommand, type ImportResult } from './import-goal-document.command';
import text2005 from './sample-data/socialnamndens-mal-2005.txt?raw';

const planner = { username: 'planner-anna', role: 'planner' };
const fileName = 'socialnamndens-mal-2005.txt';
const committeeId = 'socialnamnden';
const reworded = text2005.replace('ska vara välgrundade och korrekta', 'ska vara välgrundade, korrekta och begripliga');

describe('importing a goal document through the command bus (real PGlite store)', () => {
  const clock = steppingClock('2026-03-01T09:00:00Z');
  let store: EventStore;
  let goals: GoalsTestApp;
  const run = (text: string, dryRun = false, actor = planner, more: { committeeId?: string; year?: number; fileName?: string } = { committeeId }) =>
    goals.commandBus.execute<ImportGoalDocumentCommand, ImportResult>(
      new ImportGoalDocumentCommand(actor, { text, fileName, dryRun, ...more }),
    );
  const read = async (streamId: string) => {
    const events: RecordedEvent[] = [];
    for await (const event of store.readStream(streamId)) events.push(event);
    return events;
  };

  beforeAll(async () => {
    store = await openTestStore(clock);
    goals = await startGoalsApp(store, clock);
  });
  afterAll(async () => {
    await goals.close();
    await store.close();
  });

  it('plans the import in a dry run and writes nothing', async () => {
    const result = await run(text2005, true);
    expect(result).toMatchObject({ dryRun: true, unchanged: false, year: 2005, eventsWritten: 0, position: null });
    expect(result.actions.map((action) => action.type)).toEqual(['RegisterCommittee', 'DraftPlan', ...Array(13).fill('AddGoal')]);
    expect(await store.headPosition()).toBeNull();
  });

  it('records the 2005 plan: 6 directional and 7 effect goals, 5 methods, the municipality as the letterhead says', async () => {
    const result = await run(text2005);
    expect(result).toMatchObject({ dryRun: false, unchanged: false, eventsWritten: 15 });
    const plan = foldPlan(await read(streamIds.plan(committeeId, 2005)));
    expect(plan?.status).toBe('draft');
    expect(plan?.goals.filter((goal) => goal.kind === 'directional')).toHaveLength(6);
    expect(plan?.goals.filter((goal) => goal.kind === 'effect')).toHaveLength(7);
    expect(plan?.goals.filter((goal) => goal.measurementMethod !== null)).toHaveLength(5);
    expect(foldCommittee(await read(streamIds.committee(committeeId)))).toEqual({
      committeeId,
      name: 'Socialnämnden',
      municipality: 'Nacka kommun',
    });
  });

  it('back-dates every event to the plan year and records its source document', async () => {
    const sha256 = createHash('sha256').update(text2005, 'utf8').digest('hex');
    const events = [...(await read(streamIds.committee(committeeId))), ...(await read(streamIds.plan(committeeId, 2005)))];
    for (const event of events) {
      expect(event.metadata).toMatchObject({ actor: 'planner-anna', effectiveAt: '2005-01-01' });
      expect(event.metadata.extra).toEqual({ source: { fileName, sha256, importerVersion: expect.any(String) } });
    }
    expect(new Set(events.map((event) => event.metadata.correlationId)).size).toBe(1);
  });

  it('treats the same document again as a no-op', async () => {
    const head = await store.headPosition();
    expect(await run(text2005)).toMatchObject({ unchanged: true, actions: [], eventsWritten: 0 });
    expect(await store.headPosition()).toBe(head);
  });

  it('turns a changed version of the same year into a rewording, not a duplicate', async () => {
    const result = await run(reworded);
    expect(result.actions).toEqual([expect.objectContaining({ type: 'RewordGoal', expectedRevision: 0 })]);
    const events = await read(streamIds.plan(committeeId, 2005));
    const rewordings = events.filter((event) => event.type === 'GoalReworded');
    expect(rewordings).toHaveLength(1);
    expect(rewordings[0]?.metadata.reason).toBe(`Ny version av källdokumentet ${fileName}`);
    const plan = foldPlan(events);
    expect(plan?.goals).toHaveLength(13);
    expect(plan?.goals.find((goal) => goal.kind === 'effect' && goal.number === 7)?.text).toBe(
      'Beslut ska vara välgrundade, korrekta och begripliga.',
    );
    expect(await run(reworded)).toMatchObject({ unchanged: true });
  });

  it('refuses an empty document, and one that names neither committee nor year, writing nothing', async () => {
    const head = await store.headPosition();
    await expect(run(' \n\t ')).rejects.toBeInstanceOf(ImportRejectedError);
    await expect(run('Inriktningsmål\n1. Ett mål utan år.', false, planner, {})).rejects.toThrow(/no committee/);
    await expect(run('Inriktningsmål\n1. Ett mål utan år.', false, planner, { committeeId, fileName: 'mal.txt' })).rejects.toThrow(/no year/);
    expect(await store.headPosition()).toBe(head);
  });

  it('imports a document of 1,998 goals whole, in one append per stream', async () => {
    const numbered = (count: number) => Array.from({ length: count }, (_, i) => `${i + 1}. Mål nummer ${i + 1} ska uppnås.`).join('\n');
    const document = `Socialnämndens mål 2030\nInriktningsmål\n${numbered(999)}\nEffektmål\n${numbered(999)}`;
    const result = await run(document);
    expect(result).toMatchObject({ year: 2030, eventsWritten: 1 + 1998 });
    const plan = foldPlan(await read(streamIds.plan(committeeId, 2030)));
    expect(plan?.goals.filter((goal) => goal.kind === 'directional')).toHaveLength(999);
    expect(plan?.goals.find((goal) => goal.kind === 'effect' && goal.number === 999)?.text).toBe('Mål nummer 999 ska uppnås.');
    const changed = document.replace('998. Mål nummer 998 ska uppnås.', '998. Mål nummer 998 ska nås.');
    const again = await run(changed);
    expect(again.actions.map((action) => action.type)).toEqual(['RewordGoal']);
  });

  it('lets an auditor preview but not commit', async () => {
    const auditor = { username: 'revisor', role: 'auditor' };
    expect((await run(reworded.replace('begripliga', 'lättbegripliga'), true, auditor)).actions).toHaveLength(1);
    await expect(run(reworded.replace('begripliga', 'lättbegripliga'), false, auditor)).rejects.toBeInstanceOf(ReadOnlyRoleError);
  });
});
