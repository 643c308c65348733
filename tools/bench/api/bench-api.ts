// API benchmark: the built server on the embedded store with ~100,000 events, driven by autocannon,
// beside a bare Node HTTP server answering the same bytes. Usage: npm run bench:api -- [--events 100000]
// [--seconds 10] [--connections 10] [--no-write]
import { createEventStore } from '@goaltrail/event-store';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { progress } from '../event-store/measure';
import { generateCommittee, type GeneratedHistory } from './generate-history';
import { bareServer, load, type LoadResult } from './load';
import { writeApiReport } from './report';
import { seedStore } from './seed-store';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '100000' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    'no-write': { type: 'boolean', default: false },
  },
});
const password = 'bench-password-2026';

async function waitForHealth(baseUrl: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await fetch(`${baseUrl}/api/health`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the API did not become healthy within ${timeoutMs} ms`);
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'goaltrail-api-bench-'));
  const dataDir = join(dir, 'data');
  const history: GeneratedHistory = new Map();
  let events = 0;
  for (let n = 0; events < Number(values.events); n += 1) events += generateCommittee(history, `bench-${n}`, 20);
  progress(`generated ${events} events in ${history.size} streams`);
  const store = await createEventStore({ kind: 'pglite', dataDir });
  const asOf = await seedStore(store, history, (done) => done % 10_000 < 400 && progress(`seeded ${done} events`));
  await store.close();

  const port = 3900 + (process.pid % 90);
  const baseUrl = `http://127.0.0.1:${port}`;
  const started = Date.now();
  const server = spawn(process.execPath, ['dist/apps/api/main.js'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, GOALTRAIL_ADMIN_PASSWORD: password },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    await waitForHealth(baseUrl, 120_000);
    const login = await fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password }),
    });
    const cookie = login.headers.get('set-cookie')?.split(';')[0];
    if (!login.ok || !cookie) throw new Error(`login failed: ${login.status}`);
    const planUrl = `${baseUrl}/api/committees/bench-0/plans/2020`;
    const asOfUrl = `${planUrl}?asOf=${encodeURIComponent(asOf)}`;
    for (const url of [planUrl, asOfUrl]) {
      const response = await fetch(url, { headers: { cookie } });
      if (!response.ok) throw new Error(`${url} answered ${response.status}: ${await response.text()}`);
    }
    const readyMs = Date.now() - started;
    progress(`API ready (projections caught up) ${readyMs} ms after start`);
    const body = await (await fetch(planUrl, { headers: { cookie } })).text();
    const seconds = Number(values.seconds);
    const connections = Number(values.connections);
    const headers = { cookie };
    await load('warm-up', planUrl, headers, 2, connections);
    const results: LoadResult[] = [];
    results.push(await load('GET …/plans/:year', planUrl, headers, seconds, connections));
    results.push(await load('GET …/plans/:year?asOf=…', asOfUrl, headers, seconds, connections));
    const stopBare = await bareServer(body, port + 1);
    results.push(await load('bare node:http, same bytes', `http://127.0.0.1:${port + 1}/`, {}, seconds, connections));
    await stopBare();
    for (const result of results) progress(JSON.stringify(result));
    writeApiReport({ events, readyMs, seconds, connections, results, write: !values['no-write'] });
  } finally {
    server.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
