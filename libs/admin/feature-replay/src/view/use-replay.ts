import { useLiveEvents, useSessionStore, useSystemStore, type LoggedEvent } from '@goaltrail/admin-data-access';
import type { Problem } from '@goaltrail/admin-util';
import { computed, onScopeDispose, ref, shallowRef, watch } from 'vue';
import type { ReplayFrame, ReplaySummary } from '../engine/replay-types';
import { connectReplay, type ReplayConnection } from '../worker/replay-connection';
import type { ReplayResponse } from '../worker/replay-protocol';

/** loading: reading and folding the log; ready: stepping; failed: see `problem`. */
export type ReplayPhase = 'loading' | 'ready' | 'failed';

/**
 * The replay's state on the page: the worker reads and folds the log, this keeps the step the person
 * is at and asks the worker for what to show there. Frame requests are coalesced — one in flight,
 * the newest wanted step next — so fast playback never queues up work. Once the log is read, the
 * live feed continues from its last position; if the person was at the end, the view follows.
 */
export function useReplay() {
  const phase = ref<ReplayPhase>('loading');
  const read = ref(0);
  const summary = shallowRef<ReplaySummary | null>(null);
  const frame = shallowRef<ReplayFrame | null>(null);
  const index = ref(0);
  /** The plan the person chose to watch; null follows the plan each step changes. */
  const pinnedPlan = ref<string | null>(null);
  const problem = shallowRef<Problem | null>(null);
  const loadMs = ref<number | null>(null);
  /** Live events that arrived while the person was not at the end. */
  const unseen = ref(0);
  const total = computed(() => summary.value?.total ?? 0);
  const system = useSystemStore();
  /** About how many events the log holds: the head position, where positions count events. */
  const expected = computed(() => {
    const head = system.health?.headPosition;
    return head && /^\d+$/.test(head) ? Number(head) : null;
  });

  let connection: ReplayConnection | null = null;
  let disposed = false;
  let requestId = 0;
  let inFlight = false;
  let pending = false;
  const liveQueue: LoggedEvent[] = [];
  const live = useLiveEvents({
    onEvent: (event) => {
      // A burst (an import, a carried-forward plan) is sent to the worker as one batch.
      if (liveQueue.push(event) === 1) setTimeout(flushLive, 0);
    },
  });

  function flushLive(): void {
    connection?.send({ type: 'append', events: liveQueue.splice(0) });
  }

  function requestFrame(): void {
    if (!connection || total.value === 0) return;
    if (inFlight) {
      pending = true;
      return;
    }
    inFlight = true;
    pending = false;
    connection.send({ type: 'frame', requestId: ++requestId, index: index.value, planStreamId: pinnedPlan.value });
  }

  function handle(response: ReplayResponse): void {
    switch (response.type) {
      case 'progress':
        read.value = response.read;
        return;
      case 'loaded':
        summary.value = response.summary;
        loadMs.value = response.loadMs;
        index.value = Math.max(0, response.summary.total - 1);
        phase.value = 'ready';
        live.start(response.summary.lastPosition);
        requestFrame();
        return;
      case 'appended':
        return appended(response.summary);
      case 'frame':
        inFlight = false;
        if (response.frame) frame.value = response.frame;
        if (pending) requestFrame();
        return;
      case 'failed':
        if (response.problem.status === 401) useSessionStore().expire();
        problem.value = response.problem;
        phase.value = 'failed';
        return;
    }
  }

  function appended(next: ReplaySummary): void {
    const before = total.value;
    const atEnd = index.value >= before - 1;
    summary.value = next;
    const added = next.total - before;
    if (added <= 0) return;
    if (atEnd) index.value = next.total - 1;
    else unseen.value += added;
  }

  async function start(): Promise<void> {
    connection?.close();
    live.stop();
    phase.value = 'loading';
    problem.value = null;
    read.value = 0;
    inFlight = false;
    const opened = await connectReplay(handle);
    if (disposed) return opened.close();
    connection = opened;
    opened.send({ type: 'load' });
  }

  function goTo(step: number): void {
    index.value = Math.min(Math.max(0, Math.round(step)), Math.max(0, total.value - 1));
  }

  watch([index, pinnedPlan], requestFrame);
  watch(index, (step) => {
    if (step >= total.value - 1) unseen.value = 0;
  });
  void system.refresh();
  void start();
  onScopeDispose(() => {
    disposed = true;
    connection?.close();
  });

  return { phase, read, expected, summary, frame, index, total, pinnedPlan, problem, loadMs, unseen, liveStatus: live.status, goTo, retry: start };
}
