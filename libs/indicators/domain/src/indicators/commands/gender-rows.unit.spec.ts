import { describe, expect, it } from 'vitest';
import { measurementRowsFromGenders } from './gender-rows';

describe('measurementRowsFromGenders', () => {
  it('groups Kolada rows by period: T is the value, K women and M men', () => {
    const grouped = measurementRowsFromGenders([
      { period: '2019', gender: 'K', value: 75 },
      { period: '2019', gender: 'T', value: 73 },
      { period: '2019', gender: 'M', value: 70 },
      { period: '2020', gender: 'T', value: 74, source: 'Kolada 2021' },
    ]);
    expect(grouped).toEqual({
      rows: [
        { period: '2019', value: 73, breakdown: { women: 75, men: 70 } },
        { period: '2020', value: 74, breakdown: null, source: 'Kolada 2021' },
      ],
      withoutTotal: [],
    });
  });

  it('leaves out periods without a total and lists them', () => {
    const grouped = measurementRowsFromGenders([
      { period: '2018', gender: 'K', value: 80 },
      { period: '2018', gender: 'T', value: null },
      { period: '2019', gender: 'M', value: 12 },
    ]);
    expect(grouped).toEqual({ rows: [], withoutTotal: ['2018', '2019'] });
  });
});
