import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventStore } from '@goaltrail/event-store-port';
import { UnknownCommitteeError, UnknownPlanError } from '@goaltrail/goals-domain';
import type { SetTarget } from '@goaltrail/indicators-domain';
import { DefineIndicatorCommand, type DefineIndicatorInput } from '../indicators/commands/define-indicator/define-indicator.command';
import { LinkIndicatorToGoalCommand } from '../indicators/commands/link-indicator-to-goal/link-indicator-to-goal.command';
import { RecordMeasurementCommand } from '../measurements/commands/record-measurement/record-measurement.command';
import { SetTargetCommand } from '../targets/commands/set-target/set-target.command';
import { startIndicatorsApp, type IndicatorsTestApp } from '../testing/indicators-app.fixture';
import { admin, besvar, committeeId, nojdhet, planner, seedPlan } from '../testing/scenario.fixture';
import { openTestStore, steppingClock } from '../testing/test-store.fixture';
import { GetCommitteeFollowUpQuery, type CommitteeFollowUp } from './queries/get-committee-follow-up/get-committee-follow-up.query';

type Spec = { id: string; base: DefineIndicatorInput; target?: Pick<SetTarget, 'comparator' | 'value'>; outcome?: number };

// Tolerance 2 everywhere: at the level is green, exactly the tolerance short is yellow, a tenth more is red.
const indicators: Spec[] = [
  { id: 'at-target', base: nojdhet, target: { comparator: 'at-least', value: 75 }, outcome: 75 },
  { id: 'at-tolerance', base: nojdhet, target: { comparator: 'at-least', value: 75 }, outcome: 73 },
  { id: 'past-tolerance', base: nojdhet, target: { comparator: 'at-least', value: 75 }, outcome: 72.9 },
  { id: 'upper-at-tolerance', base: besvar, target: { comparator: 'at-most', value: 10 }, outcome: 12 },
  { id: 'no-target', base: nojdhet, outcome: 90 },
];
// Goal texts, with the indicators linked to each.
const goals: [string, string[]][] = [
  ['Målet nås precis', ['at-target']],
  ['Målet nås inom toleransen', ['at-tolerance']],
  ['Målet missas', ['past-tolerance']],
  ['Inga indikatorer', []],
  ['Grå räknas inte', ['at-target', 'no-target']],
  ['Färre besvär', ['upper-at-tolerance']],
  ['Sämsta färgen vinner', ['at-target', 'past-tolerance']],
];

describe('follow-up of a committee’s plan for a year (real PGlite store)', () => {
  let store: EventStore;
  let app: IndicatorsTestApp;
  let followUp: CommitteeFollowUp;

  beforeAll(async () => {
    const clock = steppingClock('2026-03-01T09:00:00Z');
    store = await openTestStore(clock);
    app = await startIndicatorsApp(store, clock);
    const goalIds = await seedPlan(app.commandBus, 2021, goals.map(([text]) => text));
    await app.settle();
    for (const { id, base, target, outcome } of indicators) {
      const unit = base.unit;
      await app.commandBus.execute(new DefineIndicatorCommand(admin, { ...base, indicatorId: id, name: id, koladaKpiId: null }));
      if (target) await app.commandBus.execute(new SetTargetCommand(planner, { indicatorId: id, unit, year: 2021, ...target }));
      if (outcome !== undefined) {
        await app.commandBus.execute(new RecordMeasurementCommand(planner, { indicatorId: id, unit, period: '2021', value: outcome, source: 'intern statistik' }));
      }
    }
    for (const [index, [, linked]] of goals.entries()) {
      for (const indicatorId of linked) {
        await app.commandBus.execute(new LinkIndicatorToGoalCommand(admin, { indicatorId, goalId: goalIds[index] as string }));
      }
    }
    await app.settle();
    followUp = await app.queryBus.execute(new GetCommitteeFollowUpQuery(committeeId, 2021));
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('gives each goal its colour: green at the target, yellow at the tolerance limit, red beyond', () => {
    expect(followUp.goals.map((goal) => [goal.text, goal.status])).toEqual([
      ['Målet nås precis', 'green'],
      ['Målet nås inom toleransen', 'yellow'],
      ['Målet missas', 'red'],
      ['Inga indikatorer', 'grey'],
      ['Grå räknas inte', 'green'],
      ['Färre besvär', 'yellow'],
      ['Sämsta färgen vinner', 'red'],
    ]);
    expect(followUp).toMatchObject({ committeeId, year: 2021, planStatus: 'draft', counts: { green: 2, yellow: 2, red: 2, grey: 1 } });
  });

  it('shows the rule texts with the numbers that decided each colour', () => {
    const byText = new Map(followUp.goals.map((goal) => [goal.text, goal]));
    expect(byText.get('Målet nås inom toleransen')?.rules).toEqual(['at-tolerance: utfall 73 % ≥ målvärde 75 % − tolerans 2 → gul']);
    expect(byText.get('Målet missas')?.rules[0]).toMatch(/^past-tolerance: utfall 72,9 %.* → röd$/);
    expect(byText.get('Inga indikatorer')?.rule).toBe('inga indikatorer kopplade till målet → grå');
    expect(byText.get('Grå räknas inte')?.indicators.map((indicator) => indicator.greyReason)).toEqual([null, 'no-target']);
  });

  it('answers 404 for a year without a plan or an unknown committee', async () => {
    await expect(app.queryBus.execute(new GetCommitteeFollowUpQuery(committeeId, 1999))).rejects.toBeInstanceOf(UnknownPlanError);
    await expect(app.queryBus.execute(new GetCommitteeFollowUpQuery('okand-namnd', 2021))).rejects.toBeInstanceOf(UnknownCommitteeError);
  });
});
