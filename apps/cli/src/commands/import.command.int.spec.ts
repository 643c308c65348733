import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli';
import { commands } from '../registry/commands';

const sample2005 = fileURLToPath(
  new URL('../../../../libs/goals/application/src/imports/sample-data/socialnamndens-mal-2005.txt', import.meta.url),
);

describe('goaltrail import on an embedded store', () => {
  const root = mkdtempSync(join(tmpdir(), 'goaltrail-cli-import-'));
  const dataDir = join(root, 'data');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  async function cli(...argv: string[]) {
    const stdout: string[] = [];
    const stderr: string[] = [];
    const code = await runCli(['import', ...argv], {
      stdout: { write: (chunk: string) => stdout.push(chunk) },
      stderr: { write: (chunk: string) => stderr.push(chunk) },
      version: 'test',
      env: { DATA_DIR: dataDir },
      commands,
    });
    return { code, stdout: stdout.join(''), stderr: stderr.join('') };
  }

  it('previews with --dry-run: the summary, then the same as JSON', async () => {
    const preview = await cli(sample2005, '--committee', 'socialnamnden', '--dry-run');
    expect(preview.code).toBe(0);
    expect(preview.stdout).toContain('Socialnämnden (Nacka kommun), 2005');
    expect(preview.stdout).toContain('13 goals (6 directional, 7 effect), 5 methods, 1 target');
    expect(preview.stdout).toMatch(/Dry run: would run 1 × RegisterCommittee, 1 × DraftPlan, 13 × AddGoal/);
    const json = JSON.parse((await cli(sample2005, '--committee', 'socialnamnden', '--dry-run', '--json')).stdout);
    expect(json).toMatchObject({ dryRun: true, year: 2005, preview: { municipality: 'Nacka kommun' } });
  });

  it('records the document, then finds it unchanged', async () => {
    expect((await cli(sample2005, '--committee', 'socialnamnden')).stdout).toContain('(15 events)');
    expect((await cli(sample2005, '--committee', 'socialnamnden')).stdout).toContain('Unchanged');
  });

  it('names the line of a problem, and refuses a bad year or a missing file', async () => {
    const years = join(root, 'mal.txt');
    writeFileSync(years, 'Socialnämndens mål 2019 och 2020\nInriktningsmål\n1. Ett mål.\n');
    const ambiguous = await cli(years, '--committee', 'socialnamnden', '--dry-run');
    expect(ambiguous.stdout).toMatch(/warning line 1: the title names several years/);
    const empty = join(root, 'tom.txt');
    writeFileSync(empty, '\n\n');
    expect(await cli(empty, '--committee', 'socialnamnden')).toMatchObject({ code: 1, stderr: expect.stringMatching(/empty/) });
    expect((await cli(sample2005, '--year', 'två')).code).toBe(2);
    expect((await cli(join(root, 'saknas.txt'))).stderr).toMatch(/cannot read/);
  });
});
