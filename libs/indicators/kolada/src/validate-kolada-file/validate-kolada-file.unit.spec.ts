import { describe, expect, it } from 'vitest';
import { KoladaFileError } from '../kolada-file-error';
import { nackaSample, withChange } from '../samples/kolada-samples';
import { validateKoladaFile } from './validate-kolada-file';

const entry = (kpi: string, municipality: string, period: number, values: string) =>
  `{"kpi":"${kpi}","municipality":"${municipality}","period":${period},"values":[${values}]}`;

describe('validateKoladaFile', () => {
  it('sums up a valid file', async () => {
    const summary = await validateKoladaFile([nackaSample]);

    expect(summary).toEqual({
      rows: 4,
      kpis: ['N00945', 'U00401'],
      municipalities: ['0000', '0182'],
      periods: [2019, 2020],
      missingValues: 1,
      duplicates: 0,
      conflictingDuplicates: 0,
      firstConflict: null,
    });
  });

  it('sums up a file with no rows', async () => {
    const summary = await validateKoladaFile(['{"values": []}']);

    expect(summary).toMatchObject({ rows: 0, kpis: [], municipalities: [], periods: [], firstConflict: null });
  });

  it('counts repeated measurements, and names the first that contradicts an earlier one', async () => {
    const file = `{"values":[
${entry('N00945', '0182', 2019, '{"gender":"T","value":1},{"gender":"K","value":null}')},
${entry('N00945', '0182', 2019, '{"gender":"T","value":1},{"gender":"K","value":null},{"gender":"M","value":3}')},
${entry('N00945', '0182', 2020, '{"gender":"T","value":1}')},
${entry('N00945', '0182', 2019, '{"gender":"K","value":2},{"gender":"T","value":5}')}
]}`;

    const summary = await validateKoladaFile([file]);

    expect(summary).toMatchObject({ rows: 8, missingValues: 2, duplicates: 4, conflictingDuplicates: 2 });
    expect(summary.firstConflict).toEqual({
      row: {
        kpi: 'N00945',
        municipality: '0182',
        period: 2019,
        gender: 'K',
        value: 2,
        count: null,
        status: '',
        location: { line: 5, path: 'values[3].values[0]' },
      },
      firstValue: null,
    });
  });

  it('throws the first problem of a bad file', async () => {
    const file = withChange('"gender": "M"', '"gender": "X"');

    const rejection = validateKoladaFile([file]);

    await expect(rejection).rejects.toBeInstanceOf(KoladaFileError);
    await expect(rejection).rejects.toThrow('line 13, values[0].values[2].gender: expected one of T, K, M, got "X"');
  });
});
