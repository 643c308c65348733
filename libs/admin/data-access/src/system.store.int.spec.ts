import { freePort } from '@goaltrail/testing';
import { createServer, type Server } from 'node:http';
import { createPinia, setActivePinia } from 'pinia';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApiClient } from './api-client';
import { configureApiClient } from './shared-client';
import { useSystemStore } from './system.store';

// A real HTTP server stands in for the API: the store goes through real fetch and JSON parsing.
describe('system store against a real HTTP server', () => {
  let server: Server;
  let baseUrl: string;
  let answer: { status: number; body: unknown };

  beforeAll(async () => {
    server = createServer((_req, res) => {
      res.writeHead(answer.status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(answer.body));
    });
    const port = await freePort();
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${port}`;
  });

  afterAll(async () => {
    configureApiClient(createApiClient());
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  beforeEach(() => {
    setActivePinia(createPinia());
    configureApiClient(createApiClient(baseUrl));
  });

  it('keeps the health the API reports', async () => {
    const healthy = { status: 'ok', version: '1.2.3', eventStore: 'pglite', headPosition: '42', startedAt: '2026-01-01T00:00:00.000Z' };
    answer = { status: 200, body: healthy };
    const store = useSystemStore();
    await store.refresh();
    expect(store.health).toEqual(healthy);
    expect(store.problem).toBeNull();
    expect(store.loading).toBe(false);
  });

  it('shows the server message when the API refuses', async () => {
    answer = { status: 503, body: { statusCode: 503, error: 'Service Unavailable', message: 'Händelselagret startar' } };
    const store = useSystemStore();
    await store.refresh();
    expect(store.health).toBeNull();
    expect(store.problem).toMatchObject({ kind: 'http', status: 503, message: 'Händelselagret startar' });
  });

  it('rejects an answer that breaks the contract', async () => {
    answer = { status: 200, body: { status: 'fine' } };
    const store = useSystemStore();
    await store.refresh();
    expect(store.problem).toMatchObject({ kind: 'contract', path: '/api/health' });
  });

  it('says the server is not answering when nothing listens', async () => {
    configureApiClient(createApiClient(`http://127.0.0.1:${await freePort()}`));
    const store = useSystemStore();
    await store.refresh();
    expect(store.problem?.kind).toBe('network');
  });
});
