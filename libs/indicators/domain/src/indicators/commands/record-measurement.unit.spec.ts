import { describe, expect, it } from 'vitest';
import { decide } from '../../commands/decide';
import {
  after,
  besvar,
  defined,
  inputIssues,
  measure,
  recorded,
} from '../../testing/indicator-given.fixture';
import { indicatorStateFrom } from '../indicator.evolve';

describe('RecordMeasurement', () => {
  it('given no outcome for 2019, when one is recorded with a gender breakdown, then MeasurementRecorded', () => {
    const command = measure('2019', 73, { breakdown: { women: 75, men: null }, source: ' Kolada  U21468 ' });
    expect(decide(command, defined())).toEqual([
      {
        type: 'MeasurementRecorded',
        data: {
          period: '2019',
          value: 73,
          breakdown: { women: 75, men: null },
          source: 'Kolada U21468',
          definitionVersion: 1,
        },
      },
    ]);
  });

  it('given an outcome, when the same value is recorded again from another source, then nothing is decided', () => {
    const state = after(defined(), measure('2019', 73, { breakdown: { women: 75, men: 70 } }));
    expect(
      decide(measure('2019', 73, { breakdown: { women: 75, men: 70 }, source: 'Årsredovisning' }), state),
    ).toEqual([]);
  });

  it('given an outcome, when another value is recorded without a reason, then the reason is required', () => {
    expect(inputIssues(() => decide(measure('2019', 74), after(defined(), measure('2019', 73))))).toEqual([
      { path: ['reason'], message: 'must say why the 2019 outcome is corrected' },
    ]);
  });

  it('given an outcome, when the same value comes with a blank source, then only the source is refused', () => {
    expect(
      inputIssues(() => decide(measure('2019', 73, { source: '' }), after(defined(), measure('2019', 73)))),
    ).toEqual([{ path: ['source'], message: 'must not be blank' }]);
  });

  it('given an outcome, when a breakdown is added with a reason, then that is a correction too', () => {
    const state = after(defined(), measure('2019', 73));
    const events = decide(
      measure('2019', 73, { breakdown: { women: 75, men: 71 }, reason: 'Könsuppdelning publicerad' }),
      state,
    );
    expect(events[0]).toMatchObject({
      type: 'MeasurementCorrected',
      data: { breakdown: { women: 75, men: 71 } },
    });
  });

  it('given two corrections, when folded from the store, then the auditor sees every value, reason and event', () => {
    let state = defined();
    const events = [];
    for (const command of [
      measure('2019', 73),
      measure('2019', 37, { reason: 'Siffrorna omkastade' }),
      measure('2019', 73.5, { reason: 'Slutlig siffra från Kolada' }),
    ]) {
      const decided = decide(command, state);
      events.push(...decided);
      state = indicatorStateFrom(decided, state) ?? state;
    }
    const record = indicatorStateFrom(recorded(events, 1), defined())?.measurements.get('2019');
    expect(record?.current.value).toBe(73.5);
    expect(
      record?.history.map((m) => [m.value, m.reason, m.event.type, m.event.revision, m.event.recordedAt]),
    ).toEqual([
      [73, null, 'MeasurementRecorded', 1, '2021-02-02T10:00:00Z'],
      [37, 'Siffrorna omkastade', 'MeasurementCorrected', 2, '2021-02-03T10:00:00Z'],
      [73.5, 'Slutlig siffra från Kolada', 'MeasurementCorrected', 3, '2021-02-04T10:00:00Z'],
    ]);
  });

  it.each([
    ['2019', 100.5, ['value'], 'must be a percentage from 0 to 100'],
    ['2019', -1, ['value'], 'must be a percentage from 0 to 100'],
    ['2019', '73', ['value'], 'must be a number (the unit is percent)'],
    ['2019', Number.NaN, ['value'], 'must be a number (the unit is percent)'],
    ['2019-13', 73, ['period'], 'month must be 01 … 12'],
    ['2019-Q5', 73, ['period'], 'quarter must be Q1 … Q4'],
    ['1899', 73, ['period'], 'must be a year from 1900 to 2100'],
    ['19', 73, ['period'], 'must be a period: YYYY, YYYY-H1, YYYY-Q1 … YYYY-Q4 or YYYY-MM'],
  ])('when period %s has value %s, then %j: %s', (period, value, path, message) => {
    expect(inputIssues(() => decide(measure(period, value), defined()))).toEqual([{ path, message }]);
  });

  it('when unit, period, breakdown and source are wrong at once, then all are listed and nothing is decided', () => {
    const command = measure('2019-H3', 73, {
      unit: 'count',
      breakdown: { women: 130, men: -2 },
      source: ' ',
    });
    expect(inputIssues(() => decide(command, defined()))).toEqual([
      { path: ['unit'], message: 'must be percent, the indicator’s unit (not count)' },
      { path: ['period'], message: 'half-year must be H1 or H2' },
      { path: ['breakdown', 'women'], message: 'must be a percentage from 0 to 100' },
      { path: ['breakdown', 'men'], message: 'must be a percentage from 0 to 100' },
      { path: ['source'], message: 'must not be blank' },
    ]);
  });

  it('given a count, when a negative count is recorded, then it is refused', () => {
    const command = measure('2020-Q2', -3, { indicatorId: 'besvar', unit: 'count' });
    expect(inputIssues(() => decide(command, defined(besvar)))).toEqual([
      { path: ['value'], message: 'must not be a negative count' },
    ]);
  });

  it('given a text indicator, when a text is recorded it is kept; a number or a breakdown is refused', () => {
    const text = defined({ unit: 'text', direction: 'reach' });
    expect(decide(measure('2020', ' Genomförd ', { unit: 'text' }), text)[0]?.data).toMatchObject({
      value: 'Genomförd',
    });
    expect(
      inputIssues(() => decide(measure('2020', 3, { unit: 'text', breakdown: { women: 1, men: 2 } }), text)),
    ).toEqual([
      { path: ['value'], message: 'must be a non-blank text (the unit is text)' },
      { path: ['breakdown'], message: 'must be left out: a text indicator has no breakdown by gender' },
    ]);
  });

  it('given a definition revision, when an outcome is recorded, then it is stamped version 2 unless an older version is named', () => {
    const state = after(defined(), {
      type: 'ReviseIndicatorDefinition',
      indicatorId: 'nojdhet',
      reason: 'Ny enkät',
      measurementMethod: 'webbenkät',
    });
    expect(decide(measure('2021', 70), state)[0]?.data).toMatchObject({ definitionVersion: 2 });
    expect(decide(measure('2018', 65, { definitionVersion: 1 }), state)[0]?.data).toMatchObject({
      definitionVersion: 1,
    });
  });
});
