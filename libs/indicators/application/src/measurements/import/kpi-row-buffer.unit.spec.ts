import { describe, expect, it } from 'vitest';
import type { KoladaRow } from '@goaltrail/kolada';
import { entryAlignedBatches, KpiRowBuffer } from './kpi-row-buffer';
import { koladaPathSegments } from './measurements-import.errors';

const row = (kpi: string, entry: number, gender: 'T' | 'K' | 'M' = 'T'): KoladaRow => ({
  kpi,
  municipality: '0182',
  period: 2019,
  gender,
  value: 1,
  count: null,
  status: '',
  location: { line: entry + 2, path: `values[${entry}].values[${'TKM'.indexOf(gender)}]` },
});

async function* batches(...lists: KoladaRow[][]): AsyncGenerator<KoladaRow[]> {
  yield* lists;
}

async function collect(source: AsyncIterable<KoladaRow[]>): Promise<string[][]> {
  const out: string[][] = [];
  for await (const batch of source) out.push(batch.map((r) => r.location.path));
  return out;
}

describe('the write pass’s batching', () => {
  it('never cuts an entry’s gender rows apart: the trailing entry waits for the next batch', async () => {
    const given = batches([row('A', 0, 'T'), row('A', 0, 'K'), row('A', 1, 'T')], [row('A', 1, 'K'), row('A', 1, 'M'), row('B', 2)]);
    expect(await collect(entryAlignedBatches(given))).toEqual([
      ['values[0].values[0]', 'values[0].values[1]'],
      ['values[1].values[0]', 'values[1].values[1]', 'values[1].values[2]'],
      ['values[2].values[0]'],
    ]);
  });

  it('keeps collecting while a whole batch belongs to one entry', async () => {
    const given = batches([row('A', 0, 'T')], [row('A', 0, 'K')], [row('A', 0, 'M'), row('A', 1)]);
    expect((await collect(entryAlignedBatches(given))).map((batch) => batch.length)).toEqual([3, 1]);
  });

  it('holds a KPI while batches bring more of it, and writes it once a batch brings none', () => {
    const buffer = new KpiRowBuffer(100);
    buffer.add(row('A', 0));
    expect(buffer.takeReady(new Set(['A']))).toEqual([]);
    buffer.add(row('A', 1));
    buffer.add(row('B', 2));
    expect(buffer.takeReady(new Set(['B'])).map(([kpi, rows]) => [kpi, rows.length])).toEqual([['A', 2]]);
    expect(buffer.takeAll().map(([kpi]) => kpi)).toEqual(['B']);
  });

  it('writes everything it holds once more than its limit waits', () => {
    const buffer = new KpiRowBuffer(2);
    for (const entry of [0, 1, 2]) buffer.add(row('A', entry));
    expect(buffer.takeReady(new Set(['A'])).map(([, rows]) => rows.length)).toEqual([3]);
  });

  it('turns JSON paths into field paths', () => {
    expect(koladaPathSegments('values[3].values[0].gender')).toEqual(['values', 3, 'values', 0, 'gender']);
    expect(koladaPathSegments('')).toEqual([]);
  });
});
