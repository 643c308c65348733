import { describe, expect, it } from 'vitest';
import type { SetTarget } from '../indicators/commands/set-target';
import { after, besvar, defined, inputIssues, measure, target } from '../testing/indicator-given.fixture';
import { followUpStatus, followUpStatuses } from './follow-up-status';

const statusOf = (tolerance: number, setTarget: SetTarget, outcome: number) =>
  followUpStatus(after(defined({ tolerance }), setTarget, measure('2021', outcome)), 2021);

const count = (extra: Partial<SetTarget>) => ({ ...extra, indicatorId: 'besvar', unit: 'count' as const });
const countStatus = (tolerance: number, setTarget: SetTarget, outcome: number) =>
  followUpStatus(
    after(
      defined({ ...besvar, tolerance }),
      setTarget,
      measure('2021', outcome, { indicatorId: 'besvar', unit: 'count' }),
    ),
    2021,
  );

describe('followUpStatus: at-least (75 %, tolerance 2)', () => {
  it.each([
    [76, 'green', 'utfall 76 % ≥ målvärde 75 % → grön'],
    [75, 'green', 'utfall 75 % ≥ målvärde 75 % → grön'],
    [74.9, 'yellow', 'utfall 74,9 % ≥ målvärde 75 % − tolerans 2 → gul'],
    [73, 'yellow', 'utfall 73 % ≥ målvärde 75 % − tolerans 2 → gul'],
    [72.99, 'red', 'utfall 72,99 % < målvärde 75 % − tolerans 2 → röd'],
  ])('outcome %s is %s: %s', (outcome, status, rule) => {
    expect(statusOf(2, target(2021, 75), outcome)).toMatchObject({
      status,
      rule,
      greyReason: null,
      level: 75,
    });
  });

  it('with no tolerance, an outcome just short of the target is red and the rule names no tolerance', () => {
    expect(statusOf(0, target(2021, 75), 74.99)).toMatchObject({
      status: 'red',
      rule: 'utfall 74,99 % < målvärde 75 % → röd',
    });
  });

  it('is exact where floating point is not: 49.8 is exactly 50.1 − 0.3', () => {
    expect(statusOf(0.3, target(2021, 50.1), 49.8)).toMatchObject({
      status: 'yellow',
      rule: 'utfall 49,8 % ≥ målvärde 50,1 % − tolerans 0,3 → gul',
    });
  });
});

describe('followUpStatus: at-most (10 appeals, tolerance 2)', () => {
  it.each([
    [9, 'green', 'utfall 9 ≤ målvärde 10 → grön'],
    [10, 'green', 'utfall 10 ≤ målvärde 10 → grön'],
    [12, 'yellow', 'utfall 12 ≤ målvärde 10 + tolerans 2 → gul'],
    [12.1, 'red', 'utfall 12,1 > målvärde 10 + tolerans 2 → röd'],
  ])('outcome %s is %s: %s', (outcome, status, rule) => {
    expect(countStatus(2, target(2021, 10, count({ comparator: 'at-most' })), outcome)).toMatchObject({
      status,
      rule,
    });
  });

  it('is exact where floating point is not: 5.2 is exactly 5.1 + 0.1', () => {
    expect(countStatus(0.1, target(2021, 5.1, count({ comparator: 'at-most' })), 5.2).status).toBe('yellow');
  });
});

describe('followUpStatus: change from a baseline', () => {
  const increase = target(2021, 5, {
    comparator: 'increase-from-baseline',
    baseline: { period: '2019', value: 65 },
  });

  it.each([
    [70, 'green', 'utfall 70 % ≥ utgångsvärde 65 % (2019) + ökning 5 → grön'],
    [68, 'yellow', 'utfall 68 % ≥ utgångsvärde 65 % (2019) + ökning 5 − tolerans 2 → gul'],
    [67.9, 'red', 'utfall 67,9 % < utgångsvärde 65 % (2019) + ökning 5 − tolerans 2 → röd'],
  ])('increase by 5 from 65: outcome %s is %s', (outcome, status, rule) => {
    expect(statusOf(2, increase, outcome)).toMatchObject({ status, rule, level: 70 });
  });

  const decrease = target(
    2021,
    3,
    count({ comparator: 'decrease-from-baseline', baseline: { period: '2019', value: 20 } }),
  );

  it.each([
    [17, 'green', 'utfall 17 ≤ utgångsvärde 20 (2019) − minskning 3 → grön'],
    [18, 'yellow', 'utfall 18 ≤ utgångsvärde 20 (2019) − minskning 3 + tolerans 1 → gul'],
    [18.5, 'red', 'utfall 18,5 > utgångsvärde 20 (2019) − minskning 3 + tolerans 1 → röd'],
  ])('decrease by 3 from 20: outcome %s is %s', (outcome, status, rule) => {
    expect(countStatus(1, decrease, outcome)).toMatchObject({ status, rule, level: 17 });
  });
});

describe('followUpStatus: grey and which outcome counts', () => {
  it('is grey without a target, without an outcome, and for a text indicator, saying which', () => {
    expect(followUpStatus(after(defined(), measure('2021', 70)), 2021)).toMatchObject({
      status: 'grey',
      greyReason: 'no-target',
      rule: 'inget målvärde för 2021 → grå',
    });
    expect(followUpStatus(after(defined(), target(2021, 75)), 2021)).toMatchObject({
      greyReason: 'no-outcome',
      rule: 'inget utfall för 2021 → grå',
    });
    const text = after(
      defined({ unit: 'text', direction: 'reach' }),
      measure('2021', 'Klar', { unit: 'text' }),
    );
    expect(followUpStatus(text, 2021)).toMatchObject({ status: 'grey', greyReason: 'text-indicator' });
  });

  it('is grey when target and outcome were set under different definition versions, naming both', () => {
    const state = after(
      defined(),
      target(2021, 75),
      {
        type: 'ReviseIndicatorDefinition',
        indicatorId: 'nojdhet',
        reason: 'Ny enkät',
        measurementMethod: 'webbenkät',
      },
      measure('2021', 80),
    );
    expect(followUpStatus(state, 2021)).toMatchObject({
      status: 'grey',
      greyReason: 'different-definitions',
      rule: 'målvärdet (definition v1) och utfallet 2021 (definition v2) är mätta på olika sätt och jämförs inte → grå',
      level: null,
    });
  });

  it('uses the annual outcome when there is one, otherwise the latest sub-period, which the rule names', () => {
    const quarters = after(
      defined(),
      target(2021, 75),
      measure('2021-H1', 60),
      measure('2021-Q3', 76),
      measure('2021-07', 50),
    );
    expect(followUpStatus(quarters, 2021)).toMatchObject({
      status: 'green',
      outcome: expect.objectContaining({ period: '2021-Q3', value: 76 }),
      rule: 'utfall 76 % (2021-Q3) ≥ målvärde 75 % → grön',
    });
    expect(followUpStatus(after(quarters, measure('2021', 70)), 2021)).toMatchObject({ status: 'red' });
  });

  it('lists every year of a range, and refuses a reversed range', () => {
    const state = after(defined(), target(2020, 70), measure('2020', 71), measure('2021', 60));
    expect(followUpStatuses(state, { from: 2019, to: 2021 }).map((s) => [s.year, s.status])).toEqual([
      [2019, 'grey'],
      [2020, 'green'],
      [2021, 'grey'],
    ]);
    expect(inputIssues(() => followUpStatuses(state, { from: 2021, to: 2019 }))).toEqual([
      { path: ['to'], message: 'must not be before from' },
    ]);
  });
});
