import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventStore } from '@goaltrail/event-store-port';
import { IndicatorInputError, TextIndicatorTargetError, type InputIssue } from '@goaltrail/indicators-domain';
import { DefineIndicatorCommand } from '../indicators/commands/define-indicator/define-indicator.command';
import { GetIndicatorQuery } from '../indicators/queries/get-indicator/get-indicator.query';
import type { IndicatorDetails } from '../read-model/indicator-views';
import { SetTargetCommand } from '../targets/commands/set-target/set-target.command';
import { startIndicatorsApp, type IndicatorsTestApp } from '../testing/indicators-app.fixture';
import { admin, nojdhet, planner } from '../testing/scenario.fixture';
import { openTestStore, steppingClock } from '../testing/test-store.fixture';
import type { IndicatorCommandOutcome } from '../write/indicator-outcome';
import { RecordMeasurementCommand } from './commands/record-measurement/record-measurement.command';

describe('targets and measurements: validation and correction history (real PGlite store)', () => {
  let store: EventStore;
  let app: IndicatorsTestApp;
  const run = async (command: object) => {
    const outcome = await app.commandBus.execute<never, IndicatorCommandOutcome>(command as never);
    if (outcome.position) await app.runner.waitFor(outcome.position, 5_000);
    return outcome;
  };
  const details = () => app.queryBus.execute<GetIndicatorQuery, IndicatorDetails>(new GetIndicatorQuery('nojdhet'));
  const target = (input: Partial<SetTargetCommand['input']>) =>
    new SetTargetCommand(planner, { indicatorId: 'nojdhet', unit: 'percent', year: 2020, comparator: 'at-least', value: 75, ...input });
  const measure = (input: Partial<RecordMeasurementCommand['input']>) =>
    new RecordMeasurementCommand(planner, { indicatorId: 'nojdhet', unit: 'percent', period: '2019', value: 70, source: 'Kolada', ...input });
  /** The issues of the IndicatorInputError a command is refused with; the store must not have moved. */
  const refusal = async (command: object): Promise<InputIssue[]> => {
    const head = await store.headPosition();
    const error: unknown = await run(command).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(IndicatorInputError);
    expect(await store.headPosition()).toBe(head);
    return [...(error as IndicatorInputError).issues];
  };

  beforeAll(async () => {
    const clock = steppingClock('2026-03-01T09:00:00Z');
    store = await openTestStore(clock);
    app = await startIndicatorsApp(store, clock);
    await run(new DefineIndicatorCommand(admin, nojdhet));
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('refuses a value in another unit than the indicator’s, naming the field', async () => {
    expect(await refusal(target({ unit: 'count' }))).toEqual([{ path: ['unit'], message: expect.stringContaining('percent') }]);
    expect(await refusal(measure({ unit: 'count' }))).toEqual([{ path: ['unit'], message: expect.stringContaining('percent') }]);
  });

  it('refuses a percentage outside 0–100 and an unknown period, all issues at once', async () => {
    expect(await refusal(target({ value: 120 }))).toEqual([{ path: ['value'], message: 'must be a percentage from 0 to 100' }]);
    const issues = await refusal(measure({ period: '2019-13', value: 120, breakdown: { women: -1, men: 50 } }));
    expect(issues.map((issue) => issue.path)).toEqual([['period'], ['value'], ['breakdown', 'women']]);
    expect(issues[0]?.message).toBe('month must be 01 … 12');
  });

  it('keeps every earlier outcome when one is corrected, with the reason and who did it', async () => {
    await run(measure({ value: 70 }));
    expect(await refusal(measure({ value: 72 }))).toEqual([{ path: ['reason'], message: expect.stringContaining('corrected') }]);
    await run(measure({ value: 72, reason: 'Rättad siffra från SCB' }));
    const [record] = (await details()).measurements;
    expect(record?.current).toMatchObject({ value: 72, reason: 'Rättad siffra från SCB', event: { type: 'MeasurementCorrected', actor: 'planner-anna' } });
    expect(record?.history.map((entry) => [entry.value, entry.reason, entry.event.type])).toEqual([
      [70, null, 'MeasurementRecorded'],
      [72, 'Rättad siffra från SCB', 'MeasurementCorrected'],
    ]);
  });

  it('keeps every earlier target when one is revised, and a repeat writes nothing', async () => {
    await run(target({ value: 75 }));
    const head = await store.headPosition();
    expect(await run(target({ value: 75 }))).toMatchObject({ position: null, events: [] });
    expect(await store.headPosition()).toBe(head);
    await run(target({ value: 80, reason: 'Höjt mål i budget 2020' }));
    const [record] = (await details()).targets;
    expect(record?.history.map((entry) => [entry.value, entry.reason])).toEqual([
      [75, null],
      [80, 'Höjt mål i budget 2020'],
    ]);
  });

  it('refuses a target on a text indicator by its rule (422)', async () => {
    await run(new DefineIndicatorCommand(admin, { ...nojdhet, indicatorId: 'beskrivning', unit: 'text', direction: 'reach', koladaKpiId: null }));
    const command = new SetTargetCommand(planner, { indicatorId: 'beskrivning', unit: 'text', year: 2020, comparator: 'at-least', value: 1 });
    await expect(run(command)).rejects.toBeInstanceOf(TextIndicatorTargetError);
  });
});
