import { UsersService } from '@goaltrail/auth';
import { createEventStore } from '@goaltrail/event-store';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli';
import type { CliContext } from '../registry/command';
import { commands } from '../registry/commands';

const root = mkdtempSync(join(tmpdir(), 'goaltrail-cli-users-'));
const dataDir = join(root, 'data');

async function goaltrail(argv: string[], stdinText?: string) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const stdin = new PassThrough();
  if (stdinText !== undefined) stdin.end(stdinText);
  const context: CliContext = {
    stdout: { write: (chunk: string) => stdout.push(chunk) },
    stderr: { write: (chunk: string) => stderr.push(chunk) },
    stdin,
    version: 'test',
    env: { DATA_DIR: dataDir },
    commands,
  };
  const code = await runCli(argv, context);
  return { code, stdout: stdout.join(''), stderr: stderr.join('') };
}

async function check(username: string, password: string) {
  const store = await createEventStore({ kind: 'pglite', dataDir });
  try {
    return await new UsersService(store).verifyCredentials(username, password);
  } finally {
    await store.close();
  }
}

describe('goaltrail users on an embedded store', () => {
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('adds users with the password from stdin, recorded as the CLI, who can then sign in', async () => {
    const added = await goaltrail(['users', 'add', 'pia.planner', '--role', 'planner', '--password-stdin'], 'pias långa lösenord\n');
    expect(added).toMatchObject({ code: 0, stderr: '' });
    expect(added.stdout).toMatch(/^Added pia\.planner \(planner\) to the embedded store in .*data\.\n$/);
    expect((await goaltrail(['users', 'add', 'arne', '--role=auditor', '--password-stdin'], 'arnes långa lösenord')).code).toBe(0);
    expect(await check('pia.planner', 'pias långa lösenord')).toEqual({ username: 'pia.planner', role: 'planner' });
    const store = await createEventStore({ kind: 'pglite', dataDir });
    for await (const event of store.readStream('user-arne')) expect(event.metadata).toMatchObject({ actor: expect.stringMatching(/^cli:/), role: 'system' });
    await store.close();
  });

  it('lists the users as a table and as JSON, without hashes', async () => {
    const table = await goaltrail(['users', 'list']);
    expect(table.code).toBe(0);
    expect(table.stdout.split('\n')[0]).toMatch(/^USERNAME {5}ROLE {5}REGISTERED$/);
    expect(table.stdout).toMatch(/^arne {9}auditor {2}\d{4}-\d\d-\d\dT/m);
    expect(table.stdout).toMatch(/^pia\.planner {2}planner {2}/m);
    const json = await goaltrail(['users', 'list', '--json']);
    expect(JSON.parse(json.stdout).map((user: { username: string }) => user.username)).toEqual(['arne', 'pia.planner']);
    expect(json.stdout).not.toMatch(/argon2|passwordHash/);
  });

  it('refuses a taken name (exit 1) and bad input as usage errors (exit 2), writing nothing', async () => {
    const taken = await goaltrail(['users', 'add', 'arne', '--role', 'admin', '--password-stdin'], 'ett annat lösenord\n');
    expect(taken).toMatchObject({ code: 1, stderr: 'goaltrail users: A user named "arne" exists already\n' });
    const weak = await goaltrail(['users', 'add', 'cecilia', '--role', 'admin', '--password-stdin'], 'kort\n');
    expect(weak.code).toBe(2);
    expect(weak.stderr).toMatch(/^goaltrail users: Password must be at least 10 characters\n/);
    expect((await goaltrail(['users', 'add', 'cecilia', '--role', 'boss', '--password-stdin'], 'långt nog lösenord\n')).stderr).toMatch(/admin, planner, auditor/);
    expect((await goaltrail(['users', 'add', 'Cecilia', '--role', 'admin', '--password-stdin'], 'långt nog lösenord\n')).code).toBe(2);
    expect((await goaltrail(['users', 'add', 'cecilia', '--password-stdin'], 'långt nog lösenord\n')).stderr).toMatch(/needs --role/);
    expect((await goaltrail(['users', 'add', 'cecilia', '--role', 'admin'], 'långt nog lösenord\n')).stderr).toMatch(/--password-stdin/);
    expect((await goaltrail(['users', 'frobnicate'])).code).toBe(2);
    expect(JSON.parse((await goaltrail(['users', 'list', '--json'])).stdout)).toHaveLength(2);
  });

  it('sets a password, so a generated first-admin password can be replaced', async () => {
    const changed = await goaltrail(['users', 'password', 'arne', '--password-stdin'], 'arnes nya lösenord\n');
    expect(changed).toMatchObject({ code: 0, stderr: '' });
    expect(await check('arne', 'arnes nya lösenord')).toMatchObject({ role: 'auditor' });
    expect(await check('arne', 'arnes långa lösenord')).toBeNull();
    expect((await goaltrail(['users', 'password', 'nobody', '--password-stdin'], 'långt nog lösenord\n')).stderr).toMatch(/no user named "nobody"/);
  });

  it('explains itself in help', async () => {
    const help = await goaltrail(['help', 'users']);
    expect(help.stdout).toMatch(/Manage user accounts: add <name> --role <role>, list, or password <name>/);
    expect(help.stdout).toMatch(/--password-stdin/);
  });
});
