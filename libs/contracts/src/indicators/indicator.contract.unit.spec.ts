import { describe, expect, it } from 'vitest';
import { changeIndicatorSchema, defineIndicatorSchema } from './indicator.contract';
import { importMeasurementsQuerySchema, seriesQuerySchema } from './indicator-queries.contract';
import { recordMeasurementSchema, setTargetSchema } from './indicator-values.contract';

const issuesOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((issue) => ({ path: issue.path, message: issue.message }));

describe('indicator contracts', () => {
  it('takes a definition and names every wrong field', () => {
    const good = { name: 'Nöjdhet', unit: 'percent', direction: 'increase', measurementMethod: 'enkät', dataSource: 'SCB' };
    expect(defineIndicatorSchema.safeParse(good).success).toBe(true);
    const bad = issuesOf(defineIndicatorSchema.safeParse({ ...good, indicatorId: 'Nöjdhet!', unit: 'procent', name: ' ' }));
    expect(bad.map((issue) => issue.path)).toEqual([['indicatorId'], ['name'], ['unit']]);
    expect(bad[2]?.message).toBe('must be one of percent, count, years, index, text');
  });

  it('needs something to change, and a reason for a definition change but not for a rename', () => {
    expect(issuesOf(changeIndicatorSchema.safeParse({}))).toEqual([{ path: [], message: expect.stringContaining('names nothing to change') }]);
    expect(changeIndicatorSchema.safeParse({ name: 'Nytt namn', tolerance: 1 }).success).toBe(true);
    expect(issuesOf(changeIndicatorSchema.safeParse({ measurementMethod: 'webbenkät' }))).toEqual([
      { path: ['reason'], message: 'must say why the definition changes: a new definition version needs a reason' },
    ]);
    expect(changeIndicatorSchema.safeParse({ koladaKpiId: null, reason: 'Ingen Kolada-motsvarighet' }).success).toBe(true);
  });

  it('reads periods as the domain does, with its message', () => {
    const measurement = { unit: 'percent', period: '2019-13', value: 70, source: 'Kolada' };
    expect(issuesOf(recordMeasurementSchema.safeParse(measurement))).toEqual([{ path: ['period'], message: 'month must be 01 … 12' }]);
    expect(recordMeasurementSchema.safeParse({ ...measurement, period: '2019-Q3' }).success).toBe(true);
    const target = { unit: 'percent', year: 2021, comparator: 'increase-from-baseline', value: 5, baseline: { period: '2019', value: 65 } };
    expect(setTargetSchema.safeParse(target).success).toBe(true);
    expect(issuesOf(setTargetSchema.safeParse({ ...target, comparator: 'more' })).map((issue) => issue.path)).toEqual([['comparator']]);
  });

  it('reads the series range and the import switches from query strings', () => {
    expect(seriesQuerySchema.parse({ from: '2005', to: '2020' })).toEqual({ from: 2005, to: 2020 });
    expect(issuesOf(seriesQuerySchema.safeParse({ from: '2020', to: '2005' }))).toEqual([{ path: ['to'], message: 'must not be before from' }]);
    expect(importMeasurementsQuerySchema.parse({})).toEqual({ dryRun: true });
    expect(importMeasurementsQuerySchema.parse({ dryRun: 'false', municipality: '0182' })).toEqual({ dryRun: false, municipality: '0182' });
    expect(importMeasurementsQuerySchema.safeParse({ municipality: '182' }).success).toBe(false);
  });
});
