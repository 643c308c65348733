import { getCurrentScope, onScopeDispose, readonly, ref, type Ref } from 'vue';
import { loggedEventSchema, type LoggedEvent } from './event-log.schemas';

/** idle: not started; connecting: first attempt; open: receiving; reconnecting: lost, trying again. */
export type LiveEventsStatus = 'idle' | 'connecting' | 'open' | 'reconnecting';

/** What a view hands to `useLiveEvents`. */
export interface LiveEventsOptions {
  /** Called once per new event, in log order. */
  onEvent(event: LoggedEvent): void;
  /** The feed's address; the API's by default. */
  readonly url?: string;
}

/** A running subscription to the live feed. */
export interface LiveEvents {
  readonly status: Readonly<Ref<LiveEventsStatus>>;
  /** The position of the newest event received (or the one started after). */
  readonly lastPosition: Readonly<Ref<string | null>>;
  /** Opens the feed for events after `after` (null: from now on); restarts it if it was open. */
  start(after: string | null): void;
  stop(): void;
}

const retryDelaysMs = [1_000, 2_000, 5_000, 10_000, 30_000];

/**
 * Follows `GET /api/events/live` (server-sent events with the session cookie). When the connection
 * drops, it is closed and reopened after the newest event received rather than left to the browser's
 * own retry, which would ask for the original `after` again and deliver events twice. The feed stops
 * with the component (or effect scope) that started it.
 */
export function useLiveEvents(options: LiveEventsOptions): LiveEvents {
  const status = ref<LiveEventsStatus>('idle');
  const lastPosition = ref<string | null>(null);
  const url = options.url ?? '/api/events/live';
  let source: EventSource | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;

  function open(): void {
    const query = lastPosition.value === null ? '' : `?${new URLSearchParams({ after: lastPosition.value })}`;
    const opened = new EventSource(`${url}${query}`, { withCredentials: true });
    source = opened;
    opened.onopen = () => {
      failures = 0;
      status.value = 'open';
    };
    opened.addEventListener('event', (message) => receive(message as MessageEvent<string>));
    opened.onerror = () => {
      if (source !== opened) return;
      opened.close();
      source = null;
      status.value = 'reconnecting';
      const delay = retryDelaysMs[Math.min(failures, retryDelaysMs.length - 1)];
      failures += 1;
      retryTimer = setTimeout(open, delay);
    };
  }

  function receive(message: MessageEvent<string>): void {
    let json: unknown;
    try {
      json = JSON.parse(message.data);
    } catch {
      return; // not an event: nothing to show, and the next one may be fine
    }
    const parsed = loggedEventSchema.safeParse(json);
    if (!parsed.success) return;
    lastPosition.value = parsed.data.position;
    options.onEvent(parsed.data);
  }

  function stop(): void {
    clearTimeout(retryTimer);
    source?.close();
    source = null;
    status.value = 'idle';
  }

  function start(after: string | null): void {
    stop();
    failures = 0;
    lastPosition.value = after;
    status.value = 'connecting';
    open();
  }

  if (getCurrentScope()) onScopeDispose(stop);
  return { status: readonly(status), lastPosition: readonly(lastPosition), start, stop };
}
