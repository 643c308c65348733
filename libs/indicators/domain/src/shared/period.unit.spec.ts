import { describe, expect, it } from 'vitest';
import {
  checkPeriod,
  comparePeriods,
  isLaterPeriod,
  isWithin,
  parsePeriod,
  yearProblem,
  type Period,
} from './period';

const p = (text: string): Period => {
  const period = parsePeriod(text);
  if (!period) throw new Error(`${text} is not a period`);
  return period;
};

describe('checkPeriod', () => {
  it.each([
    ['2019', 'year', 1, 12],
    ['2019-H1', 'half-year', 1, 6],
    ['2019-H2', 'half-year', 7, 12],
    ['2019-Q3', 'quarter', 7, 9],
    ['2019-07', 'month', 7, 7],
    ['2100-12', 'month', 12, 12],
  ])('reads %s as a %s covering months %i–%i', (text, kind, firstMonth, lastMonth) => {
    expect(checkPeriod(text)).toEqual({
      ok: true,
      period: { key: text, year: Number(text.slice(0, 4)), kind, firstMonth, lastMonth },
    });
  });

  it.each([
    ['2019-13', 'month must be 01 … 12'],
    ['2019-00', 'month must be 01 … 12'],
    ['2019-Q5', 'quarter must be Q1 … Q4'],
    ['2019-Q0', 'quarter must be Q1 … Q4'],
    ['2019-H3', 'half-year must be H1 or H2'],
    ['1899', 'must be a year from 1900 to 2100'],
    ['2101-Q1', 'must be a year from 1900 to 2100'],
    ['2019-7', 'must be a period: YYYY, YYYY-H1, YYYY-Q1 … YYYY-Q4 or YYYY-MM'],
    ['2019/07', 'must be a period: YYYY, YYYY-H1, YYYY-Q1 … YYYY-Q4 or YYYY-MM'],
    [' 2019', 'must be a period: YYYY, YYYY-H1, YYYY-Q1 … YYYY-Q4 or YYYY-MM'],
    ['2019-q3', 'must be a period: YYYY, YYYY-H1, YYYY-Q1 … YYYY-Q4 or YYYY-MM'],
    ['', 'must be a period: YYYY, YYYY-H1, YYYY-Q1 … YYYY-Q4 or YYYY-MM'],
  ])('refuses "%s": %s', (text, problem) => {
    expect(checkPeriod(text)).toEqual({ ok: false, problem });
    expect(parsePeriod(text)).toBeNull();
  });

  it('refuses years that are not whole', () => {
    expect(yearProblem(2019.5)).toBe('must be a whole year');
    expect(yearProblem(2019)).toBeNull();
  });
});

describe('period order', () => {
  it('sorts by start, a year before the halves, quarters and months it contains', () => {
    const texts = [
      '2020',
      '2019-07',
      '2019-Q3',
      '2019-02',
      '2019',
      '2019-H2',
      '2019-Q1',
      '2019-H1',
      '2018-12',
    ];
    expect(
      texts
        .map(p)
        .sort(comparePeriods)
        .map((period) => period.key),
    ).toEqual(['2018-12', '2019', '2019-H1', '2019-Q1', '2019-02', '2019-H2', '2019-Q3', '2019-07', '2020']);
  });

  it('takes the later end as more recent, and of periods ending together the longer one', () => {
    expect(isLaterPeriod(p('2019-Q3'), p('2019-H1'))).toBe(true);
    expect(isLaterPeriod(p('2019-H2'), p('2019-Q4'))).toBe(true);
    expect(isLaterPeriod(p('2019-Q4'), p('2019-12'))).toBe(true);
    expect(isLaterPeriod(p('2019-12'), p('2019-H2'))).toBe(false);
  });

  it('counts a period in range only when it lies wholly within', () => {
    expect(isWithin(p('2019-H2'), p('2019-07'), p('2020-06'))).toBe(true);
    expect(isWithin(p('2020'), p('2019-07'), p('2020-06'))).toBe(false);
    expect(isWithin(p('2019-Q2'), p('2019-07'), null)).toBe(false);
    expect(isWithin(p('1990'), null, null)).toBe(true);
  });
});
