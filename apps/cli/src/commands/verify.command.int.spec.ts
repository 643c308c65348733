import { createEventStore } from '@goaltrail/event-store';
import { PGlite } from '@electric-sql/pglite';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli';
import type { CliContext } from '../registry/command';
import { commands } from '../registry/commands';

async function verify(dataDir: string, ...flags: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const context: CliContext = {
    stdout: { write: (chunk: string) => stdout.push(chunk) },
    stderr: { write: (chunk: string) => stderr.push(chunk) },
    version: 'test',
    env: { DATA_DIR: dataDir },
    commands,
  };
  const code = await runCli(['verify', ...flags], context);
  return { code, stdout: stdout.join(''), stderr: stderr.join('') };
}

describe('goaltrail verify on an embedded store', () => {
  const dataDir = join(mkdtempSync(join(tmpdir(), 'goaltrail-cli-')), 'data');

  beforeAll(async () => {
    const store = await createEventStore({ kind: 'pglite', dataDir });
    for (let i = 0; i < 12; i += 1) {
      await store.appendToStream(`goal-${i % 3}`, [{
        id: randomUUID(),
        type: 'GoalReworded',
        data: { text: `Formulering ${i}` },
        metadata: { actor: 'anna', role: 'planner', effectiveAt: '2021-01-01' },
      }], { expectedRevision: 'any' });
    }
    await store.close();
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('reports an intact chain with the count, and progress lines on a non-terminal', async () => {
    const result = await verify(dataDir);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Hash chain intact: 12 events checked in the embedded store in .*data\./);
    expect(result.stderr).toMatch(/Verifying events/);
  });

  it('names the first changed event and exits 1', async () => {
    const db = await PGlite.create({ dataDir });
    await db.query(`UPDATE goaltrail.events SET data = '{"text":"Ändrad i smyg"}' WHERE global_position = 5`);
    await db.close();
    const result = await verify(dataDir, '--json');
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: false, checked: 4, firstBrokenPosition: '5' });
  });

  it('refuses a bad store setting as a usage error', async () => {
    const stderr: string[] = [];
    const code = await runCli(['verify'], {
      stdout: { write: () => true },
      stderr: { write: (chunk: string) => stderr.push(chunk) },
      version: 'test',
      env: { EVENT_STORE: 'mysql' },
      commands,
    });
    expect(code).toBe(2);
    expect(stderr.join('')).toMatch(/EVENT_STORE must be one of pglite, postgres, kurrentdb/);
  });
});
