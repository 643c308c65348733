import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventStore } from '@goaltrail/event-store-port';
import { ReadOnlyRoleError } from '@goaltrail/goals-application';
import { UnknownGoalError } from '@goaltrail/goals-domain';
import {
  DefinitionUnchangedError,
  GoalAlreadyLinkedError,
  UnknownIndicatorError,
  type IndicatorSeries,
} from '@goaltrail/indicators-domain';
import { RecordMeasurementCommand } from '../measurements/commands/record-measurement/record-measurement.command';
import type { IndicatorDetails, IndicatorSummary } from '../read-model/indicator-views';
import { SetTargetCommand } from '../targets/commands/set-target/set-target.command';
import { startIndicatorsApp, type IndicatorsTestApp } from '../testing/indicators-app.fixture';
import { admin, auditor, nojdhet, planner, seedPlan } from '../testing/scenario.fixture';
import { openTestStore, steppingClock } from '../testing/test-store.fixture';
import type { IndicatorCommandOutcome } from '../write/indicator-outcome';
import { ChangeIndicatorCommand } from './commands/change-indicator/change-indicator.command';
import { DefineIndicatorCommand } from './commands/define-indicator/define-indicator.command';
import { LinkIndicatorToGoalCommand } from './commands/link-indicator-to-goal/link-indicator-to-goal.command';
import { UnlinkIndicatorFromGoalCommand } from './commands/unlink-indicator-from-goal/unlink-indicator-from-goal.command';
import { GetIndicatorSeriesQuery } from './queries/get-indicator-series/get-indicator-series.query';
import { GetIndicatorQuery } from './queries/get-indicator/get-indicator.query';
import { ListIndicatorsQuery } from './queries/list-indicators/list-indicators.query';

describe('indicator definitions, versions and goal links (real PGlite store)', () => {
  let store: EventStore;
  let app: IndicatorsTestApp;
  let goalIds: string[];
  const run = async (command: object) => {
    const outcome = await app.commandBus.execute<never, IndicatorCommandOutcome>(command as never);
    if (outcome.position) await app.runner.waitFor(outcome.position, 5_000);
    return outcome;
  };
  const details = () => app.queryBus.execute<GetIndicatorQuery, IndicatorDetails>(new GetIndicatorQuery('nojdhet'));
  const target = (year: number, value: number) =>
    new SetTargetCommand(planner, { indicatorId: 'nojdhet', unit: 'percent', year, comparator: 'at-least', value });
  const outcome = (period: string, value: number) =>
    new RecordMeasurementCommand(planner, { indicatorId: 'nojdhet', unit: 'percent', period, value, source: 'Kolada' });

  beforeAll(async () => {
    const clock = steppingClock('2026-03-01T09:00:00Z');
    store = await openTestStore(clock);
    app = await startIndicatorsApp(store, clock);
    goalIds = await seedPlan(app.commandBus, 2020, ['Brukarna ska vara nöjda med hemtjänsten']);
    await app.settle();
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('defines an indicator at version 1, listed with its unit and Kolada id', async () => {
    const defined = await run(new DefineIndicatorCommand(admin, nojdhet));
    expect(defined).toMatchObject({ indicatorId: 'nojdhet', streamId: 'indicator-nojdhet', revision: 0 });
    const list = await app.queryBus.execute<ListIndicatorsQuery, IndicatorSummary[]>(new ListIndicatorsQuery());
    expect(list).toEqual([
      expect.objectContaining({ indicatorId: 'nojdhet', unit: 'percent', koladaKpiId: 'U21468', definitionVersion: 1, goals: [] }),
    ]);
  });

  it('records a method change as version 2, and the series flags the comparison across it', async () => {
    await run(target(2019, 75));
    await run(outcome('2019', 76));
    await run(target(2020, 78));
    const reason = 'Brukarundersökningen görs som webbenkät från 2020';
    await run(new ChangeIndicatorCommand(admin, { indicatorId: 'nojdhet', definition: { measurementMethod: 'webbenkät', reason } }));
    await run(outcome('2020', 79));
    const series = await app.queryBus.execute<GetIndicatorSeriesQuery, IndicatorSeries>(
      new GetIndicatorSeriesQuery('nojdhet', { from: 2019, to: 2020 }),
    );
    expect(series.definitionVersion).toBe(2);
    expect(series.points.map((point) => [point.period, point.acrossDefinitionChange])).toEqual([
      ['2019', false],
      ['2020', true],
    ]);
    expect(series.definitionChanges).toEqual([
      expect.objectContaining({ version: 2, reason, changes: [{ field: 'measurementMethod', from: 'brukarundersökning', to: 'webbenkät' }] }),
    ]);
    const indicator = await details();
    expect(indicator.definitions.map((version) => [version.version, version.event.actor])).toEqual([
      [1, 'admin'],
      [2, 'admin'],
    ]);
  });

  it('renames and sets the tolerance in one append, keeping the definition version', async () => {
    const changed = await run(new ChangeIndicatorCommand(admin, { indicatorId: 'nojdhet', name: 'Nöjda brukare i hemtjänsten', tolerance: 3 }));
    expect(changed.events.map((event) => event.type)).toEqual(['IndicatorRenamed', 'IndicatorToleranceSet']);
    expect(await details()).toMatchObject({ name: 'Nöjda brukare i hemtjänsten', tolerance: 3, definitionVersion: 2 });
  });

  it('writes nothing for a repeat, and refuses a revision that changes nothing (422)', async () => {
    const head = await store.headPosition();
    const same = await run(new ChangeIndicatorCommand(admin, { indicatorId: 'nojdhet', name: 'Nöjda brukare i hemtjänsten' }));
    expect(same).toMatchObject({ position: null, events: [] });
    const unchanged = new ChangeIndicatorCommand(admin, { indicatorId: 'nojdhet', definition: { measurementMethod: 'webbenkät', reason: 'x' } });
    await expect(run(unchanged)).rejects.toBeInstanceOf(DefinitionUnchangedError);
    expect(await store.headPosition()).toBe(head);
  });

  it('links the indicator to a goal that exists, and refuses an unknown goal or a second link', async () => {
    const [goalId] = goalIds as [string];
    await run(new LinkIndicatorToGoalCommand(admin, { indicatorId: 'nojdhet', goalId }));
    expect((await details()).goals).toEqual([{ goalId, committeeId: 'socialnamnden' }]);
    expect(app.model.linkedTo(goalId).map((state) => state.indicatorId)).toEqual(['nojdhet']);
    const head = await store.headPosition();
    await expect(run(new LinkIndicatorToGoalCommand(admin, { indicatorId: 'nojdhet', goalId: 'no-such-goal' }))).rejects.toBeInstanceOf(UnknownGoalError);
    await expect(run(new LinkIndicatorToGoalCommand(admin, { indicatorId: 'nojdhet', goalId }))).rejects.toBeInstanceOf(GoalAlreadyLinkedError);
    expect(await store.headPosition()).toBe(head);
    await run(new UnlinkIndicatorFromGoalCommand(admin, { indicatorId: 'nojdhet', goalId, reason: 'Fel mål' }));
    expect(app.model.linkedTo(goalId)).toEqual([]);
    await run(new LinkIndicatorToGoalCommand(admin, { indicatorId: 'nojdhet', goalId }));
  });

  it('refuses every write to an auditor and an unknown indicator (404), writing nothing', async () => {
    const head = await store.headPosition();
    await expect(run(new ChangeIndicatorCommand(auditor, { indicatorId: 'nojdhet', name: 'Revisorns namn' }))).rejects.toBeInstanceOf(ReadOnlyRoleError);
    await expect(run(new DefineIndicatorCommand(auditor, { ...nojdhet, indicatorId: 'annan' }))).rejects.toBeInstanceOf(ReadOnlyRoleError);
    await expect(run(new SetTargetCommand(planner, { indicatorId: 'okand', unit: 'percent', year: 2020, comparator: 'at-least', value: 5 }))).rejects.toBeInstanceOf(UnknownIndicatorError);
    await expect(app.queryBus.execute(new GetIndicatorQuery('okand'))).rejects.toBeInstanceOf(UnknownIndicatorError);
    expect(await store.headPosition()).toBe(head);
  });

  it('envelopes carry actor, role, reason, correlation and both clocks', async () => {
    const events = [];
    for await (const event of store.readStream('indicator-nojdhet')) events.push(event);
    const revised = events.find((event) => event.type === 'IndicatorDefinitionRevised');
    expect(revised?.metadata).toMatchObject({
      actor: 'admin',
      role: 'admin',
      reason: 'Brukarundersökningen görs som webbenkät från 2020',
      correlationId: expect.any(String),
      effectiveAt: expect.any(String),
      recordedAt: expect.any(String),
    });
  });
});
