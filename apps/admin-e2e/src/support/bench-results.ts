import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';

const benchDir = fileURLToPath(new URL('../../../../tmp/bench/', import.meta.url));

/** The middle value (the upper middle of an even count), so one slow run on a busy host does not move it. */
export function median(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
}

/** Where and when a measurement ran: the report prints it beside the figures. */
export function measuredOn(browser: Browser): { measuredAt: string; machine: string; chromium: string; loadAverage: number } {
  return {
    measuredAt: new Date().toISOString(),
    machine: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}`,
    chromium: browser.version(),
    // The host's 1-minute load average as the run ends: on a shared 2-core host it explains much of the spread.
    loadAverage: Number((loadavg()[0] ?? NaN).toFixed(1)),
  };
}

/** Writes `tmp/bench/<name>.json` (read by tools/bench/admin-app/report-admin-app.ts) and prints it. */
export function writeBenchResults(name: string, results: object): void {
  mkdirSync(benchDir, { recursive: true });
  const text = `${JSON.stringify(results, null, 2)}\n`;
  writeFileSync(`${benchDir}${name}.json`, text);
  process.stdout.write(text);
}
