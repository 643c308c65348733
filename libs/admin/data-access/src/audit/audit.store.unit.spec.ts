import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeApi } from '../testing/fake-api';
import { auditPageSize, useAuditStore } from './audit.store';
import type { AuditEvent } from './audit-schemas';
import { sampleAuditEvents, sampleEventsPage, sampleVerificationBroken, sampleVerificationOk } from './sample-audit-answers';

// More events than one page holds: position n is the nth of the sample events, over and over.
function manyEvents(count: number): AuditEvent[] {
  const samples = sampleAuditEvents();
  return Array.from({ length: count }, (_, index) => {
    const sample = samples[index % samples.length] as AuditEvent;
    return { ...sample, position: String(index + 1) };
  });
}

describe('audit store', () => {
  beforeEach(() => setActivePinia(createPinia()));
  afterEach(() => vi.unstubAllGlobals());

  it('reads the log page by page and appends the next page after the last position', async () => {
    const events = manyEvents(auditPageSize + 20);
    const api = createFakeApi({ 'GET /api/events': (_call, url) => ({ body: sampleEventsPage(url, events) }) });
    vi.stubGlobal('fetch', api.fetch);
    const store = useAuditStore();
    await store.load(null);
    expect([store.events.length, store.hasMore, store.loaded]).toEqual([auditPageSize, true, true]);
    await store.loadMore();
    expect([store.events.length, store.hasMore]).toEqual([auditPageSize + 20, false]);
    expect(api.calls.map((call) => call.path)).toEqual([`/api/events?limit=${auditPageSize}`, `/api/events?limit=${auditPageSize}&after=${auditPageSize}`]);
    await store.loadMore();
    expect(api.calls).toHaveLength(2);
  });

  it("asks the API for one stream prefix and keeps it for the following pages", async () => {
    const api = createFakeApi({ 'GET /api/events': (_call, url) => ({ body: sampleEventsPage(url) }) });
    vi.stubGlobal('fetch', api.fetch);
    const store = useAuditStore();
    await store.load('  plan-socialnamnden- ');
    expect(store.stream).toBe('plan-socialnamnden-');
    expect(store.events.map((entry) => entry.position)).toEqual(['3', '4', '6']);
    expect(api.calls[0]?.path).toBe(`/api/events?limit=${auditPageSize}&stream=plan-socialnamnden-`);
    await store.load('');
    expect([store.stream, store.events.length]).toEqual([null, 6]);
  });

  it("keeps the API's problem when a page cannot be read", async () => {
    vi.stubGlobal('fetch', createFakeApi({ 'GET /api/events': { status: 503, body: { statusCode: 503, error: 'Service Unavailable', message: 'The event store is not reachable' } } }).fetch);
    const store = useAuditStore();
    await store.load(null);
    expect([store.loaded, store.problem?.message]).toEqual([false, 'The event store is not reachable']);
  });

  it('verifies the chain again on request and keeps when it was checked', async () => {
    let answer = sampleVerificationOk;
    vi.stubGlobal('fetch', createFakeApi({ 'GET /api/audit/verify': () => ({ body: answer }) }).fetch);
    const store = useAuditStore();
    await store.verify();
    expect(store.verification).toEqual(sampleVerificationOk);
    expect(store.verifiedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    answer = sampleVerificationBroken;
    await store.verify();
    expect(store.verification).toMatchObject({ ok: false, firstBrokenPosition: '4' });
  });
});
