import { createEventStore } from '@goaltrail/event-store';
import { decide } from '@goaltrail/goals-domain';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli';
import { commands } from '../registry/commands';

describe('goaltrail rebuild on an embedded store', () => {
  const dataDir = join(mkdtempSync(join(tmpdir(), 'goaltrail-cli-')), 'data');

  beforeAll(async () => {
    const store = await createEventStore({ kind: 'pglite', dataDir });
    for (const [committeeId, name] of [['socialnamnden', 'Socialnämnden'], ['kulturnamnden', 'Kulturnämnden']]) {
      const events = decide({ type: 'RegisterCommittee', committeeId: committeeId as string, name: name as string }, null);
      await store.appendToStream(`committee-${committeeId}`, events.map((event) => ({
        id: randomUUID(),
        type: event.type,
        data: { ...event.data },
        metadata: { actor: 'admin', role: 'admin', effectiveAt: '2020-01-01' },
      })), { expectedRevision: 'no_stream' });
    }
    await store.close();
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('rebuilds from zero, reports progress, and prints counts and a fingerprint', async () => {
    const stdout: string[] = [];
    const stderr: string[] = [];
    const code = await runCli(['rebuild', '--json'], {
      stdout: { write: (chunk: string) => stdout.push(chunk) },
      stderr: { write: (chunk: string) => stderr.push(chunk) },
      version: 'test',
      env: { DATA_DIR: dataDir },
      commands,
    });
    expect(code).toBe(0);
    expect(stderr.join('')).toMatch(/Rebuilding read model/);
    expect(JSON.parse(stdout.join(''))).toMatchObject({ events: 2, committees: 2, fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });
});
