import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useSessionStore } from './session.store';
import { createFakeApi, type FakeRoute } from './testing/fake-api';
import { sampleUsers } from './testing/sample-answers';

function givenApi(routes: Record<string, FakeRoute>) {
  const api = createFakeApi(routes);
  vi.stubGlobal('fetch', api.fetch);
  return api;
}

const wrongPassword = { status: 401, body: { statusCode: 401, error: 'Unauthorized', message: 'Wrong username or password.' } };
const notSignedIn = { status: 401, body: { statusCode: 401, error: 'Unauthorized', message: 'Not logged in' } };

describe('session store', () => {
  beforeEach(() => setActivePinia(createPinia()));
  afterEach(() => vi.unstubAllGlobals());

  it('asks the server who is signed in only once, however many guards wait', async () => {
    const api = givenApi({ 'GET /api/auth/me': { body: sampleUsers.planner } });
    const session = useSessionStore();
    const [first, second] = await Promise.all([session.ensureLoaded(), session.ensureLoaded()]);
    await session.ensureLoaded();
    expect(first).toEqual(sampleUsers.planner);
    expect(second).toEqual(sampleUsers.planner);
    expect(api.calls).toHaveLength(1);
    expect(session.checked).toBe(true);
  });

  it('treats 401 from /me as signed out, not as an error', async () => {
    givenApi({ 'GET /api/auth/me': notSignedIn });
    const session = useSessionStore();
    expect(await session.ensureLoaded()).toBeNull();
    expect(session.problem).toBeNull();
    expect(session.canEdit).toBe(false);
  });

  it.each([
    ['admin', true, true],
    ['planner', true, false],
    ['auditor', false, false],
  ] as const)('gives %s canEdit=%s and isAdmin=%s after sign-in', async (role, canEdit, isAdmin) => {
    const api = givenApi({ 'POST /api/auth/login': { body: sampleUsers[role] } });
    const session = useSessionStore();
    expect(await session.login({ username: sampleUsers[role].username, password: 'hemligt-lösenord' })).toBe(true);
    expect(api.calls[0]?.body).toEqual({ username: sampleUsers[role].username, password: 'hemligt-lösenord' });
    expect([session.role, session.canEdit, session.isAdmin]).toEqual([role, canEdit, isAdmin]);
  });

  it("keeps the API's 401 message when sign-in is refused", async () => {
    givenApi({ 'POST /api/auth/login': wrongPassword });
    const session = useSessionStore();
    expect(await session.login({ username: 'admin', password: 'fel' })).toBe(false);
    expect(session.user).toBeNull();
    expect(session.problem).toMatchObject({ kind: 'http', status: 401, message: 'Wrong username or password.' });
    expect(session.signingIn).toBe(false);
  });

  it('signs out on the server and forgets the user, even when the server is gone', async () => {
    const api = givenApi({ 'POST /api/auth/login': { body: sampleUsers.admin }, 'POST /api/auth/logout': { status: 204 } });
    const session = useSessionStore();
    await session.login({ username: 'admin', password: 'x' });
    await session.logout();
    expect(api.calls.map((call) => `${call.method} ${call.path}`)).toContain('POST /api/auth/logout');
    expect(session.user).toBeNull();

    await session.login({ username: 'admin', password: 'x' });
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    await session.logout();
    expect(session.user).toBeNull();
  });
});
