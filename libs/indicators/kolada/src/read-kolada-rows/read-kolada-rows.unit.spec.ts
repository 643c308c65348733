import { describe, expect, it } from 'vitest';
import { cutAt, nackaSample, readAll, utf8, withChange } from '../samples/kolada-samples';
import { readKoladaBatches } from './read-kolada-rows';

describe('readKoladaRows', () => {
  it('reads every gender entry of a /v3/data response as a row with its line and path', async () => {
    const rows = await readAll([nackaSample]);

    expect(rows).toEqual([
      { kpi: 'N00945', municipality: '0182', period: 2019, gender: 'T', value: 73.5, count: 1, status: '', location: { line: 11, path: 'values[0].values[0]' } },
      { kpi: 'N00945', municipality: '0182', period: 2019, gender: 'K', value: 75.1, count: 1, status: '', location: { line: 12, path: 'values[0].values[1]' } },
      { kpi: 'N00945', municipality: '0182', period: 2019, gender: 'M', value: 71.9, count: 1, status: '', location: { line: 13, path: 'values[0].values[2]' } },
      { kpi: 'U00401', municipality: '0000', period: 2020, gender: 'T', value: null, count: 0, status: 'Uppgift saknas', location: { line: 21, path: 'values[1].values[0]' } },
    ]);
  });

  it('reads a compact one-line file, as the Kolada API sends it', async () => {
    const compact = JSON.stringify(JSON.parse(nackaSample));

    const rows = await readAll([compact]);

    expect(rows.map((row) => row.location)).toEqual([
      { line: 1, path: 'values[0].values[0]' },
      { line: 1, path: 'values[0].values[1]' },
      { line: 1, path: 'values[0].values[2]' },
      { line: 1, path: 'values[1].values[0]' },
    ]);
  });

  it('reads a file with a single row', async () => {
    const file = '{"values":[{"kpi":"N00001","municipality":"2584","period":1998,"values":[{"gender":"K","value":-0.5}]}]}';

    const rows = await readAll([file]);

    expect(rows).toEqual([
      { kpi: 'N00001', municipality: '2584', period: 1998, gender: 'K', value: -0.5, count: null, status: '', location: { line: 1, path: 'values[0].values[0]' } },
    ]);
  });

  it('gives no rows for an empty values array, or for entries with no genders', async () => {
    expect(await readAll(['{ "count": 0, "values": [] }'])).toEqual([]);
    expect(await readAll(['{"values":[{"kpi":"N00001","municipality":"0182","period":2019,"values":[]}]}'])).toEqual([]);
  });

  it('skips top-level and entry members it does not know, whatever they hold', async () => {
    const file = withChange(
      '"count": 2,',
      '"count": 2, "meta": { "källa": ["Kolada", { "url": "https://example.org/v3" }], "n": [1, [2, [3]]] }, "ok": true,',
    ).replace('"kpi": "N00945",', '"kpi": "N00945", "extra": [{"values": "not these"}], "isdeleted": false,');

    const rows = await readAll([file]);

    expect(rows.map((row) => [row.kpi, row.gender, row.value])).toEqual([
      ['N00945', 'T', 73.5],
      ['N00945', 'K', 75.1],
      ['N00945', 'M', 71.9],
      ['U00401', 'T', null],
    ]);
  });

  it('takes an entry whose values come before its kpi, municipality and period', async () => {
    const file = '{"values":[{"values":[{"value":1,"gender":"T"}],"period":2019,"municipality":"0182","kpi":"N00945"}]}';

    const [row] = await readAll([file]);

    expect(row).toMatchObject({ kpi: 'N00945', municipality: '0182', period: 2019, gender: 'T', value: 1 });
  });

  it('takes the last of a member given twice (each must be valid)', async () => {
    const file =
      '{"values":[{"kpi":"N00001","kpi":"N00945","municipality":"0182","period":2019,' +
      '"values":[{"gender":"K","gender":"T","value":1,"value":2}],"values":[{"gender":"M","value":3}]}]}';

    const rows = await readAll([file]);

    expect(rows).toMatchObject([{ kpi: 'N00945', gender: 'M', value: 3, location: { path: 'values[0].values[0]' } }]);
  });

  it('accepts a period written as a string year, and null count and status', async () => {
    const file = '{"values":[{"kpi":"N00945","municipality":"0182","period":"2021","values":[{"gender":"T","value":null,"count":null,"status":null}]}]}';

    const [row] = await readAll([file]);

    expect(row).toMatchObject({ period: 2021, value: null, count: null, status: '' });
  });

  it('reads values as JSON numbers, exponents and negative zero included', async () => {
    const values = ['0', '-0', '12', '-3.25', '1e3', '2.5E-2', '123456789012345678', '0.1', '9007199254740993'];
    const file = `{"values":[{"kpi":"N00945","municipality":"0182","period":2019,"values":[${values
      .map((value) => `{"gender":"T","value":${value}}`)
      .join(',')}]}]}`;

    const rows = await readAll([file]);

    expect(rows.map((row) => row.value)).toEqual(values.map(Number));
    expect(Object.is(rows[1]?.value, -0)).toBe(true);
  });

  it('reads UTF-8 bytes and a byte order mark as well as text', async () => {
    const rows = await readAll([utf8(`\uFEFF${nackaSample}`)]);

    expect(rows).toEqual(await readAll([nackaSample]));
  });

  it('reads strings and byte chunks mixed in one stream', async () => {
    const [head, middle, tail] = cutAt(nackaSample, [100, 400]);

    const rows = await readAll([head ?? '', utf8(middle ?? ''), tail ?? '']);

    expect(rows).toEqual(await readAll([nackaSample]));
  });

  it('reads from an async iterable, as a Node stream is', async () => {
    async function* chunks() {
      for (const piece of cutAt(nackaSample, [10, 20, 300])) yield piece;
    }

    expect(await readAll(chunks())).toEqual(await readAll([nackaSample]));
  });
});

describe('readKoladaBatches', () => {
  it('hands over full batches of the given size, the last one partial', async () => {
    const entries = Array.from({ length: 7 }, (_, index) => `{"kpi":"N00945","municipality":"0182","period":${2000 + index},"values":[{"gender":"T","value":${index}}]}`);
    const file = `{"values":[${entries.join(',\n')}]}`;

    const sizes: number[] = [];
    for await (const batch of readKoladaBatches(cutAt(file, [50, 51, 300]), { batchSize: 3 })) sizes.push(batch.length);

    expect(sizes).toEqual([3, 3, 1]);
  });

  it('reads one huge chunk in pieces, handing over rows before the whole chunk is read', async () => {
    const entry = '{"kpi":"N00945","municipality":"0182","period":2019,"values":[{"gender":"T","value":1}]}';
    const file = `{"values":[${Array.from({ length: 5000 }, () => entry).join(',')}]}`;

    let batches = 0;
    let rows = 0;
    for await (const batch of readKoladaBatches([file], { batchSize: 1000 })) {
      batches += 1;
      rows += batch.length;
    }

    expect({ batches, rows }).toEqual({ batches: 5, rows: 5000 });
  });
});
