import { createEventStore } from '@goaltrail/event-store';
import { IndicatorCommandExecutor } from '@goaltrail/indicators-application';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli';
import { commands } from '../registry/commands';
import { openMeasurementsImportContext } from '../store/measurements-import-context';

interface Entry {
  kpi: string;
  municipality: string;
  period: number;
  values: Partial<Record<'T' | 'K' | 'M', number | null>>;
}

/** A `/v3/data` file pretty-printed as Kolada's API does: entry `i` starts at line 4 + 10 × i with three genders. */
function koladaFile(entries: readonly Entry[]): string {
  const body = entries.map((entry) => {
    const genders = Object.entries(entry.values).map(
      ([gender, value]) => `        { "count": 1, "gender": "${gender}", "status": "", "value": ${value ?? 'null'} }`,
    );
    const head = [`      "kpi": "${entry.kpi}",`, `      "municipality": "${entry.municipality}",`, `      "period": ${entry.period},`];
    return ['    {', ...head, '      "values": [', genders.join(',\n'), '      ]', '    }'].join('\n');
  });
  return `{\n  "count": ${entries.length},\n  "values": [\n${body.join(',\n')}\n  ]\n}\n`;
}

function years(kpi: string, from: number, to: number, value: (year: number) => number): Entry[] {
  return Array.from({ length: to - from + 1 }, (_, i) => {
    const total = value(from + i);
    return { kpi, municipality: '0182', period: from + i, values: { T: total, K: total + 1, M: total - 1 } };
  });
}

describe('goaltrail measurements import on an embedded store', () => {
  const root = mkdtempSync(join(tmpdir(), 'goaltrail-cli-measurements-'));
  const dataDir = join(root, 'data');
  const file = (name: string, entries: readonly Entry[] | string) => {
    const path = join(root, name);
    writeFileSync(path, typeof entries === 'string' ? entries : koladaFile(entries));
    return path;
  };
  const goodFile = () => file('kolada-2019-2021.json', [...years('N00945', 2019, 2021, (y) => y - 1940), ...years('N00002', 2019, 2021, (y) => y - 2000)]);

  async function cli(...argv: string[]) {
    const stdout: string[] = [];
    const stderr: string[] = [];
    const code = await runCli(['measurements', ...argv], {
      stdout: { write: (chunk: string) => stdout.push(chunk) },
      stderr: { write: (chunk: string) => stderr.push(chunk) },
      version: 'test',
      env: { DATA_DIR: dataDir },
      commands,
    });
    return { code, stdout: stdout.join(''), stderr: stderr.join('') };
  }

  async function head(): Promise<string | null> {
    const store = await createEventStore({ kind: 'pglite', dataDir });
    try {
      return await store.headPosition();
    } finally {
      await store.close();
    }
  }

  beforeAll(async () => {
    const store = await createEventStore({ kind: 'pglite', dataDir });
    const app = await openMeasurementsImportContext(store);
    const actor = { username: 'anna', role: 'admin' };
    const common = { type: 'DefineIndicator', description: null, direction: 'increase', measurementMethod: 'brukarundersökning', dataSource: 'Kolada' } as const;
    const executor = app.get(IndicatorCommandExecutor);
    await executor.execute({ ...common, indicatorId: 'nojdhet', name: 'Nöjdhet', unit: 'percent', koladaKpiId: 'N00945' }, actor);
    await executor.execute({ ...common, indicatorId: 'besok', name: 'Besök', unit: 'count', koladaKpiId: 'N00002' }, actor);
    await app.close();
    await store.close();
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('refuses a malformed file naming line and JSON path, and writes nothing', async () => {
    const text = koladaFile(years('N00945', 2019, 2021, (y) => y - 1940)).replace('"gender": "K"', '"gender": "X"');
    const before = await head();
    const result = await cli('import', file('trasig.json', text));
    expect(result.code).toBe(1);
    // Entry 0's second gender entry sits on line 10.
    expect(result.stderr).toMatch(/trasig\.json is malformed: line 10, values\[0\]\.values\[1\]\.gender: expected one of T, K, M, got "X"/);
    expect(result.stderr).toMatch(/Nothing was written/);
    expect(await head()).toBe(before);
  });

  it('checks and decides with --dry-run but writes nothing', async () => {
    const before = await head();
    const result = await cli('import', goodFile(), '--dry-run', '--json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ dryRun: true, rowsRead: 18, measurementsWritten: 6, eventsWritten: 0 });
    expect(await head()).toBe(before);
  });

  it('records a good file with progress per pass and a summary', async () => {
    const result = await cli('import', goodFile());
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/kolada-2019-2021\.json: validating: done, 18 rows/);
    expect(result.stderr).toMatch(/kolada-2019-2021\.json: writing: done, 18\/18 rows/);
    expect(result.stdout).toMatch(/kolada-2019-2021\.json \(municipality 0182\): 18 rows read in /);
    expect(result.stdout).toContain('measurements written: 6 (6 recorded, 0 corrected)');
    expect(result.stdout).toContain('indicators touched: 2');
    expect(result.stdout).toMatch(/Recorded 6 events \(up to position \d+\)/);
  });

  it('writes nothing when the same file comes again', async () => {
    const before = await head();
    const result = await cli('import', goodFile());
    expect(result.stdout).toContain('unchanged: 6');
    expect(result.stdout).toContain('Nothing new');
    expect(await head()).toBe(before);
  });

  it('reports rows of KPI ids no indicator carries as skipped', async () => {
    const entries = [...years('N00945', 2022, 2022, () => 85), ...years('N99999', 2020, 2021, () => 3), ...years('U00401', 2020, 2020, () => 4)];
    const result = await cli('import', file('okanda.json', entries), '--json');
    expect(JSON.parse(result.stdout)).toMatchObject({
      recorded: 1,
      skipped: { unknownKpi: 9, otherMunicipality: 0 },
      unknownKpis: ['N99999', 'U00401'],
      indicatorsTouched: ['nojdhet'],
    });
    const text = await cli('import', file('okanda.json', entries), '--dry-run');
    expect(text.stdout).toContain('skipped: 9 rows of unknown KPIs');
    expect(text.stdout).toContain('KPI ids no indicator carries: N99999, U00401');
  });

  it('is listed by help, with its options', async () => {
    const list: string[] = [];
    await runCli(['help'], { stdout: { write: (c: string) => list.push(c) }, stderr: { write: () => true }, version: 'test', env: {}, commands });
    expect(list.join('')).toMatch(/^ {2}measurements import <file> +Import a Kolada measurement file/m);
    const page = await cli('--help');
    expect(page.stdout).toContain('Usage: goaltrail measurements import <file> [options]');
    expect(page.stdout).toMatch(/--municipality <code>.*--dry-run.*--json/s);
  });

  it('refuses a bad municipality code, a missing file and a missing action', async () => {
    expect((await cli('import', goodFile(), '--municipality', '182')).code).toBe(2);
    expect(await cli('import', join(root, 'saknas.json'))).toMatchObject({ code: 1, stderr: expect.stringMatching(/cannot read/) });
    expect((await cli()).code).toBe(2);
  });
});
