import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminPassword, Caller, startApi } from './api-client.fixture';

describe('GET /api/events/live', () => {
  const dataDir = join(mkdtempSync(join(tmpdir(), 'goaltrail-api-')), 'data');
  let api: Awaited<ReturnType<typeof startApi>>;
  let admin: Caller;

  beforeAll(async () => {
    api = await startApi(dataDir);
    admin = await Caller.login(api.baseUrl, 'admin', adminPassword);
  });
  afterAll(async () => {
    await api.app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('streams events appended after the client connected, as server-sent events', async () => {
    const abort = new AbortController();
    const response = await fetch(`${api.baseUrl}/api/events/live`, {
      headers: { cookie: admin.cookieHeader, accept: 'text/event-stream' },
      signal: abort.signal,
    });
    expect(response.headers.get('content-type')).toMatch(/text\/event-stream/);
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    // The first-start admin's event is older than the connection and must not be replayed.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await admin.post('/committees', { committeeId: 'socialnamnden', name: 'Socialnämnden' });
    let received = '';
    const decoder = new TextDecoder();
    const deadline = Date.now() + 10_000;
    while (!received.includes('CommitteeRegistered') && Date.now() < deadline) {
      const chunk = await reader.read();
      if (chunk.done) break;
      received += decoder.decode(chunk.value);
    }
    abort.abort();
    expect(received).toMatch(/^event: event$/m);
    expect(received).toContain('"streamId":"committee-socialnamnden"');
    expect(received).not.toContain('UserRegistered');
  });

  it('refuses an anonymous listener', async () => {
    const response = await fetch(`${api.baseUrl}/api/events/live`);
    expect(response.status).toBe(401);
  });
});
