import type { NewEvent } from '@goaltrail/event-store';
import { randomUUID } from 'node:crypto';

/** One event of the benchmark: shaped like a goal revision, ~400 bytes of JSON. */
export interface BenchEvent {
  streamId: string;
  event: NewEvent;
}

const wordings = [
  'Medborgarna i Nacka som behöver social omsorg ska erbjudas sådan med god kvalitet',
  'Socialnämnden samverkar aktivt med skolor, universitet och andra vårdgivare',
  'Andelen nöjda personer inom handikapp- och övriga omsorger ska öka till 75 %',
  'Socialnämnden ska ha en tydlig och förståelig myndighetsutövning',
];

/** `count` events spread over `streams` goal streams, each with a fresh id. */
export function makeWorkload(count: number, streams: number, offset = 0): BenchEvent[] {
  return Array.from({ length: count }, (_, index) => {
    const i = index + offset;
    return {
      streamId: `goal-bench-${i % streams}`,
      event: {
        id: randomUUID(),
        type: 'GoalReworded',
        data: { text: wordings[i % wordings.length] as string, kind: 'effect', number: (i % 7) + 1, year: 2005 + (i % 16) },
        metadata: {
          actor: 'bench',
          role: 'planner',
          reason: 'benchmark',
          decisionRef: `SN ${2005 + (i % 16)}/§${i % 90}`,
          correlationId: randomUUID(),
          effectiveAt: `${2005 + (i % 16)}-01-01`,
        },
      },
    };
  });
}

/** Splits events into consecutive batches of `size` that share one stream (as one command's events do). */
export function batchesOf(events: BenchEvent[], size: number): BenchEvent[][] {
  const batches: BenchEvent[][] = [];
  for (let i = 0; i < events.length; i += size) {
    const streamId = (events[i] as BenchEvent).streamId;
    batches.push(events.slice(i, i + size).map((e) => ({ ...e, streamId })));
  }
  return batches;
}
