import { describe, expect, it } from 'vitest';
import { decide } from '../../commands/decide';
import { TextIndicatorTargetError } from '../../errors/indicator-errors';
import { after, besvar, defined, inputIssues, recorded, target } from '../../testing/indicator-given.fixture';
import { indicatorStateFrom } from '../indicator.evolve';

const revisedMethod = {
  type: 'ReviseIndicatorDefinition',
  indicatorId: 'nojdhet',
  reason: 'Ny enkät',
  measurementMethod: 'webbenkät',
} as const;

describe('SetTarget', () => {
  it('given no target for 2021, when one is set, then TargetSet records it against the current definition', () => {
    expect(decide(target(2021, 75), defined())).toEqual([
      {
        type: 'TargetSet',
        data: { year: 2021, comparator: 'at-least', value: 75, baseline: null, definitionVersion: 1 },
      },
    ]);
  });

  it('given a target, when the same target is set again, then nothing is decided', () => {
    expect(decide(target(2021, 75), after(defined(), target(2021, 75)))).toEqual([]);
  });

  it('given a target, when another value is set without a reason, then the reason is required and nothing is decided', () => {
    expect(inputIssues(() => decide(target(2021, 80), after(defined(), target(2021, 75))))).toEqual([
      { path: ['reason'], message: 'must say why the 2021 target is revised' },
    ]);
  });

  it('given a target, when revised with a reason, then TargetRevised, and the state keeps both values with their events', () => {
    const state = after(defined(), target(2021, 75));
    const events = decide(target(2021, 80, { reason: ' Nämndbeslut § 12 ' }), state);
    expect(events).toEqual([
      {
        type: 'TargetRevised',
        data: {
          year: 2021,
          comparator: 'at-least',
          value: 80,
          baseline: null,
          definitionVersion: 1,
          reason: 'Nämndbeslut § 12',
        },
      },
    ]);
    const log = recorded([...decide(target(2021, 75), defined()), ...events], 1);
    const folded = indicatorStateFrom(log, defined())?.targets.get(2021);
    expect(folded?.current.value).toBe(80);
    expect(folded?.history.map((t) => [t.value, t.reason, t.event.type, t.event.revision])).toEqual([
      [75, null, 'TargetSet', 1],
      [80, 'Nämndbeslut § 12', 'TargetRevised', 2],
    ]);
  });

  it('given a definition revision, when a target is set, then it is recorded against version 2', () => {
    const state = after(defined(), revisedMethod);
    expect(decide(target(2022, 75), state)[0]?.data).toMatchObject({ definitionVersion: 2 });
  });

  it('given a version-1 target, when it is re-affirmed under version 2 with a reason, then TargetRevised at version 2', () => {
    const state = after(defined(), target(2021, 75), revisedMethod);
    expect(decide(target(2021, 75), state)).toEqual([]);
    const events = decide(
      target(2021, 75, { definitionVersion: 2, reason: 'Gäller även nya enkäten' }),
      state,
    );
    expect(events[0]).toMatchObject({ type: 'TargetRevised', data: { value: 75, definitionVersion: 2 } });
  });

  it('when the unit, the year and the value are all wrong, then every issue is listed', () => {
    expect(inputIssues(() => decide(target(1850, 120, { unit: 'count' }), defined()))).toEqual([
      { path: ['unit'], message: 'must be percent, the indicator’s unit (not count)' },
      { path: ['year'], message: 'must be a year from 1900 to 2100' },
      { path: ['value'], message: 'must be a percentage from 0 to 100' },
    ]);
  });

  it('when an increasing indicator gets an at-most target, then the comparator is refused', () => {
    expect(inputIssues(() => decide(target(2021, 75, { comparator: 'at-most' }), defined()))).toEqual([
      { path: ['comparator'], message: 'does not fit an indicator that should increase' },
    ]);
  });

  it('when a change target lacks its baseline, or its change is not above 0, then both are refused', () => {
    expect(
      inputIssues(() => decide(target(2021, 0, { comparator: 'increase-from-baseline' }), defined())),
    ).toEqual([
      { path: ['value'], message: 'must be the required change from the baseline: above 0 and at most 100' },
      { path: ['baseline'], message: 'must be given as { period, value } for a change target' },
    ]);
  });

  it('when a baseline has a bad period and value, then the paths go into the baseline', () => {
    const command = target(2021, 5, {
      comparator: 'increase-from-baseline',
      baseline: { period: '2019-Q5', value: 101 },
    });
    expect(inputIssues(() => decide(command, defined()))).toEqual([
      { path: ['baseline', 'period'], message: 'quarter must be Q1 … Q4' },
      { path: ['baseline', 'value'], message: 'must be a percentage from 0 to 100' },
    ]);
  });

  it('when the baseline is not before the target year, or an at-least target has one, then the baseline is refused', () => {
    const late = target(2021, 5, {
      comparator: 'increase-from-baseline',
      baseline: { period: '2021-H1', value: 60 },
    });
    expect(inputIssues(() => decide(late, defined()))).toEqual([
      { path: ['baseline', 'period'], message: 'must lie before the target year 2021' },
    ]);
    const stray = target(2021, 75, { baseline: { period: '2019', value: 60 } });
    expect(inputIssues(() => decide(stray, defined()))[0]?.path).toEqual(['baseline']);
  });

  it('given a decreasing count, when a decrease-from-baseline target is set, then it keeps its baseline', () => {
    const baseline = { period: '2019', value: 20 };
    const command = target(2021, 3, {
      indicatorId: 'besvar',
      unit: 'count',
      comparator: 'decrease-from-baseline',
      baseline,
    });
    expect(decide(command, defined(besvar))[0]?.data).toMatchObject({ value: 3, baseline });
  });

  it('when the definition version does not exist, then it is refused', () => {
    expect(inputIssues(() => decide(target(2021, 75, { definitionVersion: 2 }), defined()))).toEqual([
      { path: ['definitionVersion'], message: 'must be an existing definition version, 1 … 1' },
    ]);
  });

  it('given a text indicator, when a target is set, then TextIndicatorTargetError', () => {
    const text = defined({ unit: 'text', direction: 'reach' });
    expect(() => decide(target(2021, 1, { unit: 'text' }), text)).toThrow(TextIndicatorTargetError);
  });
});
