import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api-error';
import { createFakeApi } from '../testing/fake-api';
import { eventLogRoute, sampleEventLog } from '../testing/sample-events';
import { fetchEventsPage, readEventLog } from './event-log.client';

describe('event log client', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reads every page by the answer’s `next`, asking for the largest page by default', async () => {
    const api = createFakeApi({ 'GET /api/events': eventLogRoute(sampleEventLog) });
    vi.stubGlobal('fetch', api.fetch);
    const pages = [];
    for await (const page of readEventLog(null, { limit: 6 })) pages.push(page);
    expect(pages.map((page) => page.events.length)).toEqual([6, 6, 3]);
    expect(pages.flatMap((page) => page.events).map((event) => event.position)).toEqual(sampleEventLog.map((event) => event.position));
    expect(api.calls.map((call) => call.path)).toEqual(['/api/events?limit=6', '/api/events?limit=6&after=6', '/api/events?limit=6&after=12']);
    await fetchEventsPage(null);
    expect(api.calls.at(-1)?.path).toBe('/api/events?limit=1000');
  });

  it('starts after a given position and stops on an empty last page', async () => {
    const api = createFakeApi({ 'GET /api/events': eventLogRoute(sampleEventLog) });
    const pages = [];
    for await (const page of readEventLog('15', { fetchImpl: api.fetch })) pages.push(page);
    expect(pages).toEqual([{ events: [], next: '15', hasMore: false }]);
  });

  it('refuses an answer of the wrong shape, and passes on the API’s problem', async () => {
    const wrong = createFakeApi({ 'GET /api/events': { body: { events: [{ position: 1 }], next: null, hasMore: false } } });
    await expect(fetchEventsPage(null, { fetchImpl: wrong.fetch })).rejects.toMatchObject({ problem: { kind: 'contract' } });
    const refused = createFakeApi({ 'GET /api/events': { status: 401, body: { statusCode: 401, error: 'Unauthorized', message: 'Not logged in' } } });
    const error = await fetchEventsPage(null, { fetchImpl: refused.fetch }).catch((cause: unknown) => cause);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 401, message: 'Not logged in' });
  });
});
