import 'reflect-metadata';
import { healthResponseSchema } from '@goaltrail/contracts';
import { freePort } from '@goaltrail/testing';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './create-app';

describe('API start-up', () => {
  it('refuses to start on a store it cannot open, naming the store', async () => {
    const attempt = createApp({
      eventStore: { kind: 'postgres', connectionString: 'postgres://nobody@127.0.0.1:1/none' },
      port: 0,
      host: '127.0.0.1',
      adminDistDir: tmpdir(), seed: false,
    });
    await expect(attempt).rejects.toThrow(/Could not open PostgreSQL at 127\.0\.0\.1:1: /);
  });
});

describe('API over real HTTP', () => {
  let app: NestExpressApplication;
  let baseUrl: string;
  const spaDir = mkdtempSync(join(tmpdir(), 'goaltrail-spa-'));

  beforeAll(async () => {
    writeFileSync(join(spaDir, 'index.html'), '<!doctype html><title>goaltrail</title><div id="app"></div>');
    writeFileSync(join(spaDir, 'app.js'), 'console.log("app")');
    const port = await freePort();
    app = await createApp({
      eventStore: { kind: 'pglite', dataDir: join(spaDir, 'data') },
      port,
      host: '127.0.0.1',
      adminDistDir: spaDir, seed: false,
      adminPassword: 'första admin-lösenordet',
    });
    await app.listen(port, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${port}`;
  });

  afterAll(async () => {
    await app?.close();
    rmSync(spaDir, { recursive: true, force: true });
  });

  it('answers GET /api/health with the health contract, without a session', async () => {
    const response = await fetch(`${baseUrl}/api/health`);
    expect(response.status).toBe(200);
    const body = healthResponseSchema.parse(await response.json());
    // The only event on a fresh store: the first admin's registration.
    expect(body).toMatchObject({ status: 'ok', eventStore: 'pglite', headPosition: '1' });
  });

  it('serves the SPA at / and its static files', async () => {
    const index = await fetch(`${baseUrl}/`);
    expect(index.status).toBe(200);
    expect(await index.text()).toContain('<div id="app">');
    const asset = await fetch(`${baseUrl}/app.js`);
    expect(await asset.text()).toContain('console.log');
  });

  it('falls back to index.html for history-mode routes', async () => {
    const response = await fetch(`${baseUrl}/plans/socialnamnden/2005`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(await response.text()).toContain('<div id="app">');
  });

  it('answers an unknown API path with a JSON 404, not the SPA', async () => {
    const response = await fetch(`${baseUrl}/api/no-such-thing`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
  });
});
