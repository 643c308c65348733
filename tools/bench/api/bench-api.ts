// API benchmark: the built server on the embedded store with ~100,000 events, driven by autocannon,
// beside a bare Node HTTP server answering the same bytes. Usage: npm run bench:api -- [--events 100000]
// [--seconds 10] [--connections 10] [--no-write]
import { createEventStore } from '@goaltrail/event-store';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { progress } from '../event-store/measure';
import { startBuiltApi } from './built-api';
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
  const started = Date.now();
  const api = await startBuiltApi({ dataDir, port });
  const { baseUrl, cookie } = api;
  try {
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
    api.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
