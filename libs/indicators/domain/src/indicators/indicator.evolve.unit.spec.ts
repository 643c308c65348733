import { describe, expect, it } from 'vitest';
import { decide } from '../commands/decide';
import { after, defined, measure, nojdhet, recorded, target } from '../testing/indicator-given.fixture';
import { indicatorEventTypes, type IndicatorEvent } from './indicator.events';
import { evolveIndicator, indicatorStateFrom } from './indicator.evolve';

const history: IndicatorEvent[] = [
  ...decide(nojdhet, null),
  {
    type: 'TargetSet',
    data: { year: 2021, comparator: 'at-least', value: 75, baseline: null, definitionVersion: 1 },
  },
  {
    type: 'MeasurementRecorded',
    data: { period: '2021', value: 74, breakdown: null, source: 'Kolada', definitionVersion: 1 },
  },
  { type: 'IndicatorLinkedToGoal', data: { goalId: 'g-5', committeeId: 'sn' } },
];

describe('evolveIndicator / indicatorStateFrom', () => {
  it('given an indicator, when an event type this version does not know arrives, then the state is unchanged', () => {
    const state = defined();
    expect(evolveIndicator(state, { type: 'IndicatorTranslated', data: { name: 'Satisfaction' } })).toBe(
      state,
    );
    expect(indicatorStateFrom([...history, { type: 'IndicatorArchived', data: {} }])?.links).toHaveLength(1);
  });

  it('given events before IndicatorDefined (cut away by an as-of filter), when folded, then they are ignored', () => {
    expect(indicatorStateFrom(history.slice(1))).toBeNull();
    expect(evolveIndicator(null, history[1] as IndicatorEvent)).toBeNull();
  });

  it('folding event by event and in one pass give the same state', () => {
    const stepwise = history.reduce(evolveIndicator, null);
    expect(stepwise).toEqual(indicatorStateFrom(history));
  });

  it('when an event is folded, then the earlier state and its maps are not mutated', () => {
    const before = after(defined(), measure('2019', 70), target(2019, 75));
    const frozen = {
      measurements: [...before.measurements.entries()],
      targets: [...before.targets.entries()],
    };
    evolveIndicator(before, {
      type: 'MeasurementCorrected',
      data: { ...measure('2019', 71), breakdown: null, definitionVersion: 1, reason: 'x' },
    });
    indicatorStateFrom(
      [
        {
          type: 'TargetRevised',
          data: {
            year: 2019,
            comparator: 'at-least',
            value: 80,
            baseline: null,
            definitionVersion: 1,
            reason: 'y',
          },
        },
      ],
      before,
    );
    expect({
      measurements: [...before.measurements.entries()],
      targets: [...before.targets.entries()],
    }).toEqual(frozen);
    expect(before.measurements.get('2019')?.history).toHaveLength(1);
  });

  it('given recorded events, when folded, then each value knows its stream revision and both clocks', () => {
    const state = indicatorStateFrom(recorded(history));
    expect(state?.definition.event).toEqual({
      type: 'IndicatorDefined',
      revision: 0,
      effectiveAt: '2021-01-01',
      recordedAt: '2021-02-01T10:00:00Z',
    });
    expect(state?.measurements.get('2021')?.current.event).toMatchObject({
      type: 'MeasurementRecorded',
      revision: 2,
    });
  });

  it('given a stored measurement with a period this version cannot read, when folded, then it is left out', () => {
    const odd: IndicatorEvent = {
      type: 'MeasurementRecorded',
      data: { period: '2021-W07', value: 1, breakdown: null, source: 'x', definitionVersion: 1 },
    };
    expect(indicatorStateFrom([...history, odd])?.measurements.size).toBe(1);
  });

  it('knows exactly the ten indicator event types', () => {
    const expected: IndicatorEvent['type'][] = [
      'IndicatorDefined',
      'IndicatorDefinitionRevised',
      'IndicatorRenamed',
      'IndicatorToleranceSet',
      'IndicatorLinkedToGoal',
      'IndicatorUnlinkedFromGoal',
      'TargetSet',
      'TargetRevised',
      'MeasurementRecorded',
      'MeasurementCorrected',
    ];
    expect(indicatorEventTypes).toEqual(expected);
  });
});
