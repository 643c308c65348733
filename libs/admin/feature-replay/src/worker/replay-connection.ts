import type { ReplayRequest, ReplayResponse } from './replay-protocol';

/** The view's line to the replay engine. */
export interface ReplayConnection {
  send(request: ReplayRequest): void;
  close(): void;
}

/**
 * Starts the replay engine in a Web Worker, so reading and folding a long log never blocks the page.
 * Where there are no workers (a test DOM, a locked-down browser) the same engine is loaded into the
 * page instead, answering asynchronously just as the worker does.
 */
export async function connectReplay(onResponse: (response: ReplayResponse) => void): Promise<ReplayConnection> {
  if (typeof Worker === 'function') {
    const worker = new Worker(new URL('./replay.worker.ts', import.meta.url), { type: 'module', name: 'replay' });
    worker.onmessage = (message: MessageEvent<ReplayResponse>) => onResponse(message.data);
    worker.onerror = (error) => {
      const message = error.message || 'The replay worker stopped.';
      onResponse({ type: 'failed', problem: { kind: 'unknown', status: 0, message, issues: [], rule: null, path: null } });
    };
    return { send: (request) => worker.postMessage(request), close: () => worker.terminate() };
  }
  const { createReplayEngine } = await import('../engine/replay-engine');
  let open = true;
  const engine = createReplayEngine((response) => {
    if (open) onResponse(structuredClone(response));
  });
  return {
    send: (request) => void Promise.resolve().then(() => (open ? engine.handle(structuredClone(request)) : undefined)),
    close: () => {
      open = false;
    },
  };
}
