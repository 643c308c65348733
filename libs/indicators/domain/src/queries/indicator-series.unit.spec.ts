import { describe, expect, it } from 'vitest';
import { decide } from '../commands/decide';
import type { IndicatorEvent } from '../indicators/indicator.events';
import { indicatorStateFrom } from '../indicators/indicator.evolve';
import {
  after,
  defined,
  inputIssues,
  measure,
  nojdhet,
  recorded,
  target,
} from '../testing/indicator-given.fixture';
import { indicatorSeries } from './indicator-series';

const newSurvey = {
  type: 'ReviseIndicatorDefinition',
  indicatorId: 'nojdhet',
  reason: 'Nationell brukarundersökning ersätter den egna',
  measurementMethod: 'nationell brukarundersökning',
} as const;

// v1: targets 2019 and 2020, outcomes 2019, 2020-H1; then v2: outcome 2020 and 2021-Q3, target 2021.
const state = after(
  defined(),
  target(2019, 70),
  target(2020, 72),
  measure('2019', 71),
  measure('2020-H1', 69),
  newSurvey,
  measure('2020', 73),
  measure('2021-Q3', 74),
  target(2021, 75),
);

describe('indicatorSeries', () => {
  it('lists each period with an outcome or a yearly target, in period order, each sub-period with its year’s target', () => {
    const series = indicatorSeries(state);
    expect(series.points.map((p) => [p.period, p.target?.value ?? null, p.outcome?.value ?? null])).toEqual([
      ['2019', 70, 71],
      ['2020', 72, 73],
      ['2020-H1', 72, 69],
      ['2021', 75, null],
      ['2021-Q3', 75, 74],
    ]);
  });

  it('flags every point whose target and outcome were set under different definition versions', () => {
    const flags = indicatorSeries(state).points.map((p) => [
      p.period,
      p.target?.definitionVersion,
      p.outcome?.definitionVersion ?? null,
      p.acrossDefinitionChange,
    ]);
    expect(flags).toEqual([
      ['2019', 1, 1, false],
      ['2020', 1, 2, true],
      ['2020-H1', 1, 1, false],
      ['2021', 2, null, false],
      ['2021-Q3', 2, 2, false],
    ]);
  });

  it('lists the definition changes with their version, effective time, reason and changed fields', () => {
    const events: IndicatorEvent[] = [...decide(nojdhet, null)];
    events.push(...decide(newSurvey, indicatorStateFrom(events)));
    const series = indicatorSeries(indicatorStateFrom(recorded(events)) ?? defined());
    expect(series.definitionChanges).toEqual([
      {
        version: 2,
        effectiveAt: '2021-01-02',
        recordedAt: '2021-02-02T10:00:00Z',
        reason: 'Nationell brukarundersökning ersätter den egna',
        changes: [
          { field: 'measurementMethod', from: 'brukarundersökning', to: 'nationell brukarundersökning' },
        ],
      },
    ]);
    expect(series.definitionVersion).toBe(2);
  });

  it('keeps only periods wholly within the range', () => {
    const periods = indicatorSeries(state, { from: '2020-01', to: '2021-06' }).points.map((p) => p.period);
    expect(periods).toEqual(['2020', '2020-H1']);
    expect(indicatorSeries(state, { from: '2021' }).points.map((p) => p.period)).toEqual(['2021', '2021-Q3']);
  });

  it('shows a corrected outcome with its history and each value in the unit of its own definition version', () => {
    const changed = after(
      state,
      measure('2019', 71.5, { reason: 'Rättat bortfall', definitionVersion: 1 }),
      { type: 'ReviseIndicatorDefinition', indicatorId: 'nojdhet', reason: 'Index i stället', unit: 'index' },
      measure('2022', 80, { unit: 'index' }),
    );
    const points = indicatorSeries(changed).points;
    expect(points[0]?.outcome?.history.map((m) => [m.value, m.reason])).toEqual([
      [71, null],
      [71.5, 'Rättat bortfall'],
    ]);
    expect(points[0]?.outcome?.unit).toBe('percent');
    expect(points.at(-1)?.outcome).toMatchObject({ period: '2022', unit: 'index', definitionVersion: 3 });
  });

  it('when the range is malformed or reversed, then the paths say which end', () => {
    expect(
      inputIssues(() => indicatorSeries(state, { from: '2020-Q5', to: '20x' })).map((i) => i.path),
    ).toEqual([['from'], ['to']]);
    expect(inputIssues(() => indicatorSeries(state, { from: '2021', to: '2020-H2' }))).toEqual([
      { path: ['to'], message: 'must not be before from' },
    ]);
  });
});
