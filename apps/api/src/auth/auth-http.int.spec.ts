import 'reflect-metadata';
import { problemSchema, sessionUserSchema, userListSchema, userSummarySchema } from '@goaltrail/contracts';
import { freePort } from '@goaltrail/testing';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app/create-app';

const adminPassword = 'admin-lösenord-för-test';
const root = mkdtempSync(join(tmpdir(), 'goaltrail-auth-'));
const dataDir = join(root, 'data');

async function start(): Promise<{ app: NestExpressApplication; url: string }> {
  const port = await freePort();
  const app = await createApp({ eventStore: { kind: 'pglite', dataDir }, port, host: '127.0.0.1', adminDistDir: root, seed: false, adminPassword });
  await app.listen(port, '127.0.0.1');
  return { app, url: `http://127.0.0.1:${port}` };
}

describe('auth and users over real HTTP', () => {
  let app: NestExpressApplication;
  let url: string;
  const sessions: Record<string, string> = {};

  const call = (path: string, init: { method?: string; body?: unknown; cookie?: string } = {}) =>
    fetch(`${url}${path}`, {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      headers: { 'content-type': 'application/json', ...(init.cookie ? { cookie: init.cookie } : {}) },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
  const login = async (username: string, password: string) => {
    const response = await call('/api/auth/login', { body: { username, password } });
    const cookie = response.headers.getSetCookie()[0]?.split(';')[0];
    return { response, cookie };
  };
  const headPosition = async () => ((await (await call('/api/health')).json()) as { headPosition: string | null }).headPosition;

  beforeAll(async () => ({ app, url } = await start()));
  afterAll(async () => {
    await app?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('keeps health public and everything else closed without a session', async () => {
    expect((await call('/api/health')).status).toBe(200);
    const me = await call('/api/auth/me');
    expect(me.status).toBe(401);
    expect(problemSchema.parse(await me.json()).message).toMatch(/Not logged in/);
    expect((await call('/api/users')).status).toBe(401);
    expect((await call('/api/auth/me', { cookie: 'goaltrail_session=forged' })).status).toBe(401);
  });

  it('refuses a wrong password and an unknown user with the same 401', async () => {
    const wrong = await login('admin', 'inte rätt lösenord');
    const unknown = await login('nobody', adminPassword);
    expect([wrong.response.status, unknown.response.status]).toEqual([401, 401]);
    expect(problemSchema.parse(await wrong.response.json()).message).toBe(problemSchema.parse(await unknown.response.json()).message);
    expect(wrong.cookie).toBeUndefined();
  });

  it('logs the first admin in with an HttpOnly, SameSite=Strict session cookie', async () => {
    const { response, cookie } = await login('admin', adminPassword);
    expect(response.status).toBe(200);
    expect(sessionUserSchema.parse(await response.json())).toEqual({ username: 'admin', role: 'admin' });
    const setCookie = response.headers.getSetCookie()[0] ?? '';
    expect(setCookie).toMatch(/^goaltrail_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict$/);
    sessions['admin'] = cookie ?? '';
    expect(await (await call('/api/auth/me', { cookie })).json()).toEqual({ username: 'admin', role: 'admin' });
  });

  it('lets the admin create a planner and an auditor, refusing a duplicate with 409', async () => {
    for (const [username, role] of [['pia.planner', 'planner'], ['arne.auditor', 'auditor']]) {
      const response = await call('/api/users', { cookie: sessions['admin'], body: { username, password: `${username}-lösenord`, role } });
      expect(response.status).toBe(201);
      expect(userSummarySchema.parse(await response.json())).toMatchObject({ username, role });
    }
    const again = await call('/api/users', { cookie: sessions['admin'], body: { username: 'pia.planner', password: 'ett annat lösenord', role: 'auditor' } });
    expect(again.status).toBe(409);
    expect(problemSchema.parse(await again.json()).message).toMatch(/"pia.planner" exists already/);
  });

  it('refuses a weak password with 400 and the field path, writing nothing', async () => {
    const before = await headPosition();
    const response = await call('/api/users', { cookie: sessions['admin'], body: { username: 'svag', password: 'kort', role: 'planner' } });
    expect(response.status).toBe(400);
    expect(problemSchema.parse(await response.json()).issues).toEqual([{ path: ['password'], message: 'must be at least 10 characters' }]);
    const bad = await call('/api/users', { cookie: sessions['admin'], body: { username: 'Svag', password: 'långt nog lösenord', role: 'boss', actor: 'x' } });
    expect(problemSchema.parse(await bad.json()).issues?.map((issue) => issue.path)).toEqual([['username'], ['role'], []]);
    expect(await headPosition()).toBe(before);
  });

  it('allows only admins to create users and only admins and auditors to list them', async () => {
    const planner = (await login('pia.planner', 'pia.planner-lösenord')).cookie;
    const auditor = (await login('arne.auditor', 'arne.auditor-lösenord')).cookie;
    sessions['planner'] = planner ?? '';
    const create = await call('/api/users', { cookie: planner, body: { username: 'ny', password: 'långt nog lösenord', role: 'admin' } });
    expect(create.status).toBe(403);
    expect(problemSchema.parse(await create.json()).message).toBe('Only admins may do this; you are signed in as planner.');
    const plannerList = await call('/api/users', { cookie: planner });
    expect(plannerList.status).toBe(403);
    expect(problemSchema.parse(await plannerList.json()).message).toMatch(/admins and auditors/);
    const list = await call('/api/users', { cookie: auditor });
    expect(list.status).toBe(200);
    const users = userListSchema.parse(await list.json());
    expect(users.map((user) => `${user.username}:${user.role}`)).toEqual(['admin:admin', 'arne.auditor:auditor', 'pia.planner:planner']);
    expect(JSON.stringify(users)).not.toMatch(/argon2|passwordHash/);
    expect((await call('/api/users', { cookie: auditor, body: { username: 'ny', password: 'långt nog lösenord', role: 'admin' } })).status).toBe(403);
  });

  it('lets a user change their own password, ending their other sessions', async () => {
    const other = (await login('pia.planner', 'pia.planner-lösenord')).cookie;
    const wrong = await call('/api/auth/password', { cookie: sessions['planner'], body: { currentPassword: 'gissning!!', newPassword: 'pias nya lösenord' } });
    expect(problemSchema.parse(await wrong.json()).issues?.[0]?.path).toEqual(['currentPassword']);
    const changed = await call('/api/auth/password', { cookie: sessions['planner'], body: { currentPassword: 'pia.planner-lösenord', newPassword: 'pias nya lösenord' } });
    expect(changed.status).toBe(204);
    expect((await call('/api/auth/me', { cookie: other })).status).toBe(401);
    expect((await call('/api/auth/me', { cookie: sessions['planner'] })).status).toBe(200);
    expect((await login('pia.planner', 'pia.planner-lösenord')).response.status).toBe(401);
    expect((await login('pia.planner', 'pias nya lösenord')).response.status).toBe(200);
  });

  it('ends the session at logout and clears the cookie', async () => {
    const { cookie } = await login('admin', adminPassword);
    const response = await call('/api/auth/logout', { method: 'POST', cookie });
    expect(response.status).toBe(204);
    expect(response.headers.getSetCookie()[0]).toMatch(/^goaltrail_session=; Path=\/; HttpOnly; SameSite=Strict; Max-Age=0/);
    expect((await call('/api/auth/me', { cookie })).status).toBe(401);
    expect((await call('/api/auth/me', { cookie: sessions['admin'] })).status).toBe(200);
  });

  it('creates the first admin only once: a restart on the same data finds it and writes nothing', async () => {
    const before = await headPosition();
    await app.close();
    ({ app, url } = await start());
    expect(await headPosition()).toBe(before);
    // Sessions live in memory, so the restart signed everyone out.
    expect((await call('/api/auth/me', { cookie: sessions['admin'] })).status).toBe(401);
    const { cookie } = await login('admin', adminPassword);
    const users = userListSchema.parse(await (await call('/api/users', { cookie })).json());
    expect(users.filter((user) => user.role === 'admin')).toHaveLength(1);
  });
});
