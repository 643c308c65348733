import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBuiltApi } from '../api/built-api';

/** Medians of one document imported through the running API: the dry run, and the commit until readable. */
export interface ApiImportTimes {
  dryRunMs: number;
  commitMs: number;
  eventsWritten: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/**
 * Imports each document `rounds` times through `POST /api/imports` of the built API on a fresh embedded
 * store: a dry run (parse, plan and decide every rule: all an import does but write), then a commit under
 * a new committee each round. The commit's answer comes once the events are stored and the read model
 * shows them, so that is what is timed.
 */
export async function importThroughApi(documents: readonly string[], rounds: number, port: number): Promise<ApiImportTimes[]> {
  const dir = mkdtempSync(join(tmpdir(), 'goaltrail-import-bench-'));
  const api = await startBuiltApi({ dataDir: join(dir, 'data'), port, seed: false });
  const post = async (text: string, committeeId: string, dryRun: boolean) => {
    const started = performance.now();
    const response = await fetch(`${api.baseUrl}/api/imports?dryRun=${dryRun}`, {
      method: 'POST',
      headers: { cookie: api.cookie, 'Content-Type': 'application/json' },
      body: JSON.stringify({ text, committeeId, year: 2020, fileName: 'generated.txt' }),
    });
    const body = (await response.json()) as { eventsWritten?: number; message?: string };
    if (!response.ok) throw new Error(`import answered ${response.status}: ${body.message ?? ''}`);
    return { ms: performance.now() - started, eventsWritten: body.eventsWritten ?? 0 };
  };
  try {
    const results: ApiImportTimes[] = [];
    for (const [index, text] of documents.entries()) {
      const dry: number[] = [];
      const commit: number[] = [];
      let eventsWritten = 0;
      for (let round = 0; round < rounds; round += 1) {
        dry.push((await post(text, `bench-${index}-dry`, true)).ms);
        const committed = await post(text, `bench-${index}-${round}`, false);
        commit.push(committed.ms);
        eventsWritten = committed.eventsWritten;
      }
      results.push({ dryRunMs: median(dry), commitMs: median(commit), eventsWritten });
    }
    return results;
  } finally {
    api.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
