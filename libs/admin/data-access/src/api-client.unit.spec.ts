import { describe, expect, it } from 'vitest';
import { createApiClient } from './api-client';
import { ApiError } from './api-error';
import { createFakeApi } from './testing/fake-api';

describe('api client', () => {
  it('turns a problem body into a problem with its refused fields and rule', async () => {
    const api = createFakeApi({
      'PATCH /api/goals/g1': {
        status: 409,
        body: { statusCode: 409, error: 'Conflict', message: 'The goal was changed by someone else', rule: 'goal-revision', currentRevision: 2 },
      },
    });
    const client = createApiClient('', api.fetch);
    const error = await client.rewordGoal('g1', { text: 'x', reason: 'y', expectedRevision: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).problem).toEqual({
      kind: 'http',
      status: 409,
      message: 'The goal was changed by someone else',
      issues: [],
      rule: 'goal-revision',
      path: null,
    });
  });

  it('falls back to the status line when the error body is not JSON', async () => {
    const client = createApiClient('', async () => new Response('<h1>Bad gateway</h1>', { status: 502, statusText: 'Bad Gateway' }));
    await expect(client.committees()).rejects.toMatchObject({ problem: { kind: 'http', status: 502, message: '502 Bad Gateway' } });
  });

  it('escapes ids in paths and sends the session cookie along', async () => {
    let seen: RequestInit | undefined;
    const api = createFakeApi({ 'GET /api/goals/a%2Fb/history': { status: 404, body: { statusCode: 404, error: 'Not Found', message: 'no goal' } } });
    const client = createApiClient('', (input, init) => {
      seen = init;
      return api.fetch(input, init);
    });
    await expect(client.goalHistory('a/b')).rejects.toMatchObject({ status: 404 });
    expect(seen?.credentials).toBe('same-origin');
  });

  it('answers null from me() without a session and empties logout()', async () => {
    const api = createFakeApi({
      'GET /api/auth/me': { status: 401, body: { statusCode: 401, error: 'Unauthorized', message: 'Not logged in' } },
      'POST /api/auth/logout': { status: 204 },
    });
    const client = createApiClient('', api.fetch);
    expect(await client.me()).toBeNull();
    await expect(client.logout()).resolves.toBeUndefined();
  });
});
