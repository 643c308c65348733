import { createReplayEngine } from '../engine/replay-engine';
import type { ReplayRequest, ReplayResponse } from './replay-protocol';

// The worker's global scope, typed by what this file uses: the workspace compiles against the DOM
// library, whose `self` is a window.
const scope = globalThis as unknown as {
  postMessage(message: ReplayResponse): void;
  onmessage: ((message: MessageEvent<ReplayRequest>) => void) | null;
};

// Pages are read and folded here, off the main thread; the view only receives what it shows.
const engine = createReplayEngine((response) => scope.postMessage(response));
scope.onmessage = (message) => void engine.handle(message.data);
