import { startBuiltApi } from '../api/built-api';
import { progress } from '../event-store/measure';
import { indicatorIdOf } from './define-indicators';
import type { KoladaBackend } from './kolada-backends';
import { interleavedLatency, seededIndex, type Latency } from './series-latency';

/** Series reads through the built API on one store. */
export interface SeriesReads {
  /** From the API process's start until it answered (both read models caught up from the log). */
  apiReadyMs: number;
  series: Latency;
  bare: Latency;
}

/** Starts the built API on the backend's store, then times series of randomly chosen indicators beside the bare yardstick. */
export async function readSeries(
  backend: KoladaBackend,
  plan: { kpis: readonly string[]; requests: number; warmUp: number; port: number },
): Promise<SeriesReads> {
  progress(`${backend.name}: starting the built API on the store`);
  const started = performance.now();
  const api = await startBuiltApi({
    dataDir: backend.dataDir,
    port: plan.port,
    seed: false,
    readyTimeoutMs: 1_200_000,
    ...(backend.databaseUrl === undefined ? {} : { databaseUrl: backend.databaseUrl }),
  });
  try {
    const apiReadyMs = performance.now() - started;
    const urlOf = (kpi: string) => `${api.baseUrl}/api/indicators/${indicatorIdOf(kpi)}/series?from=2000&to=2024`;
    const headers = { cookie: api.cookie };
    const first = await fetch(urlOf(plan.kpis[0] ?? ''), { headers });
    const bareBody = await first.text();
    if (!first.ok) throw new Error(`the series answered ${first.status}: ${bareBody}`);
    progress(`${backend.name}: API ready after ${(apiReadyMs / 1000).toFixed(1)} s; ${plan.requests} series requests`);
    const next = seededIndex(7, plan.kpis.length);
    const { api: series, bare } = await interleavedLatency({
      apiUrlOf: () => urlOf(plan.kpis[next()] ?? ''),
      headers,
      bareBody,
      barePort: plan.port + 1,
      requests: plan.requests,
      warmUp: plan.warmUp,
    });
    const ms = (latency: Latency) => [latency.p50, latency.p95, latency.p99].map((n) => n.toFixed(1)).join('/');
    progress(`${backend.name}: series p50/p95/p99 ${ms(series)} ms (bare ${ms(bare)} ms)`);
    return { apiReadyMs, series, bare };
  } finally {
    await api.stop();
  }
}
