import 'reflect-metadata';
import { freePort } from '@goaltrail/testing';
import { Logger } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '../app/create-app';
import type { AppConfig } from '../config/app-config';

const root = mkdtempSync(join(tmpdir(), 'goaltrail-first-admin-'));

function config(dataDir: string, adminPassword?: string): AppConfig {
  return { eventStore: { kind: 'pglite', dataDir: join(root, dataDir) }, port: 0, host: '127.0.0.1', adminDistDir: root, seed: false, adminPassword };
}

async function loginStatus(app: Awaited<ReturnType<typeof createApp>>, password: string): Promise<number> {
  const port = await freePort();
  await app.listen(port, '127.0.0.1');
  const response = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password }),
  });
  return response.status;
}

describe('the first admin on a fresh store', () => {
  afterEach(() => vi.restoreAllMocks());
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('without GOALTRAIL_ADMIN_PASSWORD, generates a password, logs it once as a warning, and it works', async () => {
    const warn = vi.spyOn(Logger.prototype, 'warn');
    const app = await createApp(config('generated'));
    const messages = warn.mock.calls.map(([message]) => String(message)).filter((message) => message.includes('first user'));
    expect(messages).toHaveLength(1);
    const password = /generated password (\S+) /.exec(messages[0] ?? '')?.[1] ?? '';
    expect(password).toMatch(/^[A-Za-z0-9]{20}$/);
    expect(messages[0]).toMatch(/shown only this once.*goaltrail users password admin/);
    expect(await loginStatus(app, password)).toBe(200);
    await app.close();

    warn.mockClear();
    const again = await createApp(config('generated'));
    expect(warn.mock.calls.some(([message]) => String(message).includes(password))).toBe(false);
    await again.close();
  });

  it('refuses to start with a weak GOALTRAIL_ADMIN_PASSWORD, naming the variable but not the value', async () => {
    const attempt = createApp(config('weak', 'hemligt'));
    await expect(attempt).rejects.toThrow('GOALTRAIL_ADMIN_PASSWORD must be at least 10 characters');
    await expect(attempt).rejects.not.toThrow(/hemligt/);
    // The store was closed on the way out, so the same data can be opened again.
    const app = await createApp(config('weak', 'nu ett långt lösenord'));
    expect(await loginStatus(app, 'nu ett långt lösenord')).toBe(200);
    await app.close();
  });
});
