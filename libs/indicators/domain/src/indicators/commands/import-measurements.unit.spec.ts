import { describe, expect, it } from 'vitest';
import { decide } from '../../commands/decide';
import { after, defined, inputIssues, measure } from '../../testing/indicator-given.fixture';
import { indicatorStateFrom } from '../indicator.evolve';
import type { ImportMeasurements, MeasurementRow } from './import-measurements';

const importing = (
  rows: MeasurementRow[],
  overrides: Partial<ImportMeasurements> = {},
): ImportMeasurements => ({
  type: 'ImportMeasurements',
  indicatorId: 'nojdhet',
  unit: 'percent',
  source: 'Kolada',
  reason: 'Kolada import 2024-03.csv',
  rows,
  ...overrides,
});

const rows: MeasurementRow[] = [
  { period: '2017', value: 70, breakdown: { women: 72, men: 68 } },
  { period: '2018', value: 71 },
  { period: '2019', value: 73, breakdown: { women: null, men: 70 } },
];

describe('ImportMeasurements', () => {
  it('given an empty indicator, when rows are imported, then each is recorded in order with the batch source', () => {
    const events = decide(importing(rows), defined());
    expect(events.map((e) => [e.type, e.data.period, e.data.value, e.data.source])).toEqual([
      ['MeasurementRecorded', '2017', 70, 'Kolada'],
      ['MeasurementRecorded', '2018', 71, 'Kolada'],
      ['MeasurementRecorded', '2019', 73, 'Kolada'],
    ]);
    expect(indicatorStateFrom(events, defined())?.measurements.get('2017')?.current.breakdown).toEqual({
      women: 72,
      men: 68,
    });
  });

  it('given the rows were imported, when the same file is imported again, then nothing is decided', () => {
    const state = after(defined(), importing(rows));
    expect(decide(importing(rows, { reason: null }), state)).toEqual([]);
  });

  it('given the rows were imported, when one value changed, then only that period is corrected with the batch reason', () => {
    const state = after(defined(), importing(rows));
    const changed = rows.map((row) => (row.period === '2018' ? { ...row, value: 71.5 } : row));
    expect(decide(importing(changed), state)).toEqual([
      {
        type: 'MeasurementCorrected',
        data: {
          period: '2018',
          value: 71.5,
          breakdown: null,
          source: 'Kolada',
          definitionVersion: 1,
          reason: 'Kolada import 2024-03.csv',
        },
      },
    ]);
  });

  it('given outcomes, when a batch corrects one without a reason, then the reason is required, naming the row', () => {
    const state = after(defined(), measure('2018', 60));
    expect(inputIssues(() => decide(importing(rows, { reason: ' ' }), state))).toEqual([
      { path: ['reason'], message: 'must say why: row 1 corrects an earlier outcome' },
    ]);
  });

  it('when some rows are invalid, then every one is reported under its row index and nothing is decided', () => {
    const bad: MeasurementRow[] = [
      { period: '2016', value: 69 },
      { period: '2016-13', value: 69 },
      { period: '2017', value: 'sjuttio' },
      { period: '2018', value: 71, breakdown: { women: 101, men: 70 } },
    ];
    expect(inputIssues(() => decide(importing(bad), defined()))).toEqual([
      { path: ['rows', 1, 'period'], message: 'month must be 01 … 12' },
      { path: ['rows', 2, 'value'], message: 'must be a number (the unit is percent)' },
      { path: ['rows', 3, 'breakdown', 'women'], message: 'must be a percentage from 0 to 100' },
    ]);
  });

  it('when the batch names the wrong unit and no source, then both are refused', () => {
    expect(inputIssues(() => decide(importing(rows, { unit: 'index', source: '' }), defined()))).toEqual([
      { path: ['unit'], message: 'must be percent, the indicator’s unit (not index)' },
      { path: ['source'], message: 'must not be blank' },
    ]);
  });

  it('when a period repeats within the batch, then a duplicate is skipped and a different value corrects the row before it', () => {
    const repeated: MeasurementRow[] = [
      { period: '2020-Q1', value: 70 },
      { period: '2020-Q1', value: 70 },
      { period: '2020-Q1', value: 72, source: 'Kolada, reviderad' },
    ];
    expect(decide(importing(repeated), defined()).map((e) => [e.type, e.data.value, e.data.source])).toEqual([
      ['MeasurementRecorded', 70, 'Kolada'],
      ['MeasurementCorrected', 72, 'Kolada, reviderad'],
    ]);
  });

  it('given a batch decided on a folded state, when its events are folded onto it, then the state holds every period', () => {
    const many: MeasurementRow[] = Array.from({ length: 120 }, (_, i) => ({
      period: `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
      value: i % 101,
    }));
    const state = defined();
    const next = indicatorStateFrom(decide(importing(many), state), state);
    expect(next?.measurements.size).toBe(120);
    expect(next?.measurements.get('2009-12')?.current.value).toBe(119 % 101);
    expect(state.measurements.size).toBe(0);
  });
});
