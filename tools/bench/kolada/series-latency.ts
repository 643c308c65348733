import { createServer } from 'node:http';

/** Latency percentiles of sequential requests, in milliseconds. */
export interface Latency {
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

class Timings {
  private readonly times: number[] = [];
  private errors = 0;

  /** Times one GET from send to the body's last byte. */
  async time(url: string, headers: Record<string, string>, keep: boolean): Promise<void> {
    const started = performance.now();
    const response = await fetch(url, { headers });
    await response.arrayBuffer();
    if (!keep) return;
    this.times.push(performance.now() - started);
    if (!response.ok) this.errors += 1;
  }

  latency(): Latency {
    const sorted = [...this.times].sort((a, b) => a - b);
    const at = (p: number) => percentile(sorted, p);
    return { requests: sorted.length, p50: at(50), p95: at(95), p99: at(99), errors: this.errors };
  }
}

/**
 * Times `requests` API GETs (`apiUrlOf()` picks each URL) one after another, after `warmUp` untimed ones,
 * each followed by the same GET to Node's bare HTTP server answering the very bytes the API returned
 * (`bareBody`). Sequential, so each figure is one request's own latency; interleaved, so the load of this
 * shared machine hits the API and its yardstick alike. The yardstick shows what the client, the loopback and
 * HTTP cost, apart from routing, the session check and the query.
 */
export async function interleavedLatency(options: {
  apiUrlOf: () => string;
  headers: Record<string, string>;
  bareBody: string;
  barePort: number;
  requests: number;
  warmUp: number;
}): Promise<{ api: Latency; bare: Latency }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
    response.end(options.bareBody);
  });
  await new Promise<void>((resolve) => server.listen(options.barePort, '127.0.0.1', resolve));
  try {
    const api = new Timings();
    const bare = new Timings();
    const bareUrl = `http://127.0.0.1:${options.barePort}/series`;
    for (let index = -options.warmUp; index < options.requests; index += 1) {
      await api.time(options.apiUrlOf(), options.headers, index >= 0);
      await bare.time(bareUrl, {}, index >= 0);
    }
    return { api: api.latency(), bare: bare.latency() };
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/** A small seeded generator (mulberry32) of indexes below `size`, so every run asks for the same indicators. */
export function seededIndex(seed: number, size: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4_294_967_296) * size);
  };
}
