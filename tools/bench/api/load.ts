import autocannon from 'autocannon';
import { createServer } from 'node:http';

/** What one load run measured. */
export interface LoadResult {
  label: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

/** Drives `url` for `seconds` with `connections` concurrent clients. */
export async function load(label: string, url: string, headers: Record<string, string>, seconds: number, connections: number): Promise<LoadResult> {
  const result = await autocannon({ url, headers, duration: seconds, connections });
  return {
    label,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

/**
 * The yardstick: Node's bare HTTP server answering with the very bytes the API returned, so the
 * comparison shows what the framework, the session check and the query cost on top.
 */
export async function bareServer(body: string, port: number): Promise<() => Promise<void>> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
