/** Events per second of one timed run. */
export async function rate(events: number, run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return events / ((performance.now() - started) / 1000);
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** One comparison of the library against the raw engine, as medians over interleaved rounds. */
export interface Comparison {
  backend: string;
  operation: string;
  events: number;
  library: number[];
  raw: number[];
  /** Minimum library/raw ratio the target asks for. */
  target: number;
}

export function progress(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}
