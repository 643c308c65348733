import { describe, expect, it } from 'vitest';
import type { KoladaRow } from '../kolada-row';
import { KoladaDuplicateTracker, koladaRowKey } from './kolada-duplicate-tracker';

type Measurement = Pick<KoladaRow, 'kpi' | 'municipality' | 'period' | 'gender' | 'value'>;
const nacka: Measurement = { kpi: 'N00945', municipality: '0182', period: 2019, gender: 'T', value: 73.5 };

describe('KoladaDuplicateTracker', () => {
  it('tells a new measurement from an identical and a conflicting repeat', () => {
    const tracker = new KoladaDuplicateTracker();

    expect(tracker.see(nacka)).toBe('new');
    expect(tracker.see(nacka)).toBe('identical');
    expect(tracker.see({ ...nacka, value: 74 })).toBe('conflicting');
    expect(tracker.see({ ...nacka, value: null })).toBe('conflicting');
    expect(tracker.firstValueOf(nacka)).toBe(73.5);
  });

  it('treats a missing value repeated as identical', () => {
    const tracker = new KoladaDuplicateTracker();

    tracker.see({ ...nacka, value: null });

    expect(tracker.see({ ...nacka, value: null })).toBe('identical');
    expect(tracker.firstValueOf(nacka)).toBeNull();
  });

  it('keeps apart measurements that differ in any one part of their identity', () => {
    const tracker = new KoladaDuplicateTracker();
    const others: Measurement[] = [
      { ...nacka, kpi: 'U00945' },
      { ...nacka, kpi: 'N00946' },
      { ...nacka, kpi: 'Z99999' },
      { ...nacka, municipality: '0180' },
      { ...nacka, municipality: '0000' },
      { ...nacka, period: 2020 },
      { ...nacka, period: 9999 },
      { ...nacka, gender: 'K' },
      { ...nacka, gender: 'M' },
    ];

    tracker.see(nacka);

    expect(others.map((row) => tracker.see(row))).toEqual(others.map(() => 'new'));
    expect(tracker.firstValueOf({ ...nacka, kpi: 'A00000', period: 1000 })).toBeUndefined();
  });
});

describe('koladaRowKey', () => {
  it('names a measurement by kpi, municipality, period and gender', () => {
    expect(koladaRowKey(nacka)).toBe('N00945/0182/2019/T');
  });
});
