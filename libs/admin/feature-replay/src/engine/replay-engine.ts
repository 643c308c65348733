import { readEventLog, toProblem, type LoggedEvent } from '@goaltrail/admin-data-access/event-log';
import type { ReplayRequest, ReplayResponse } from '../worker/replay-protocol';
import { FrameBuilder } from './replay-frame';
import { ReplayLog } from './replay-log';

/** The replay's whole job, apart from how messages travel: the worker and the in-page fallback share it. */
export interface ReplayEngine {
  handle(request: ReplayRequest): Promise<void>;
}

/**
 * Reads the log page by page and folds each page as it arrives, so the fold overlaps the network and
 * the last page leaves the final state ready. Live events are folded the same way; a live event at or
 * before the newest position read is a repeat and is dropped.
 */
export function createReplayEngine(post: (response: ReplayResponse) => void, fetchImpl?: typeof fetch): ReplayEngine {
  const log = new ReplayLog();
  const frames = new FrameBuilder(log);
  let read = 0;

  async function load(pageSize: number | undefined): Promise<void> {
    const started = performance.now();
    try {
      for await (const page of readEventLog(log.lastPosition, { limit: pageSize, fetchImpl })) {
        log.append(page.events);
        read += page.events.length;
        post({ type: 'progress', read, lastPosition: log.lastPosition });
      }
      post({ type: 'loaded', summary: log.summary(), loadMs: performance.now() - started });
    } catch (cause) {
      post({ type: 'failed', problem: toProblem(cause) });
    }
  }

  function append(events: readonly LoggedEvent[]): void {
    const last = log.lastPosition;
    log.append(events.filter((event) => last === null || isAfter(event.position, last)));
    post({ type: 'appended', summary: log.summary() });
  }

  return {
    async handle(request) {
      switch (request.type) {
        case 'load':
          return load(request.pageSize);
        case 'append':
          return append(request.events);
        case 'frame':
          return post({ type: 'frame', requestId: request.requestId, frame: frames.frame(request.index, request.planStreamId) });
      }
    },
  };
}

/** Whether position `a` comes after `b`: decimal (SQL stores) or `commit/prepare` (KurrentDB). */
export function isAfter(a: string, b: string): boolean {
  const pattern = /^\d+(\/\d+)?$/;
  if (!pattern.test(a) || !pattern.test(b)) return a !== b;
  const [aMajor = 0n, aMinor = 0n] = a.split('/').map(BigInt);
  const [bMajor = 0n, bMinor = 0n] = b.split('/').map(BigInt);
  return aMajor > bMajor || (aMajor === bMajor && aMinor > bMinor);
}
