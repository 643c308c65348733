import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { effectScope } from 'vue';
import { sampleEventLog, sampleLiveEvent } from '../testing/sample-events';
import type { LoggedEvent } from './event-log.schemas';
import { useLiveEvents } from './use-live-events';

/** The browser's EventSource at the network edge: records what was opened and lets the test speak for the server. */
class FakeEventSource {
  static opened: FakeEventSource[] = [];
  onopen: (() => void) | null = null;
  onerror: (() => void) | null = null;
  closed = false;
  private readonly listeners: ((message: MessageEvent<string>) => void)[] = [];
  constructor(
    readonly url: string,
    readonly init: EventSourceInit,
  ) {
    FakeEventSource.opened.push(this);
  }
  addEventListener(type: string, listener: (message: MessageEvent<string>) => void): void {
    if (type === 'event') this.listeners.push(listener);
  }
  close(): void {
    this.closed = true;
  }
  send(data: string): void {
    for (const listener of this.listeners) listener({ data } as MessageEvent<string>);
  }
}

describe('useLiveEvents', () => {
  beforeEach(() => {
    FakeEventSource.opened = [];
    vi.stubGlobal('EventSource', FakeEventSource);
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('opens the feed after a position with the session cookie and hands over each checked event', () => {
    const received: LoggedEvent[] = [];
    const live = useLiveEvents({ onEvent: (event) => received.push(event) });
    live.start('15');
    const source = FakeEventSource.opened[0];
    expect(source?.url).toBe('/api/events/live?after=15');
    expect(source?.init).toEqual({ withCredentials: true });
    expect(live.status.value).toBe('connecting');
    source?.onopen?.();
    expect(live.status.value).toBe('open');
    source?.send(JSON.stringify(sampleLiveEvent));
    source?.send('not json');
    source?.send(JSON.stringify({ position: 3 }));
    expect(received).toEqual([sampleLiveEvent]);
    expect(live.lastPosition.value).toBe(sampleLiveEvent.position);
  });

  it('reopens after the newest event received when the connection drops, waiting longer each time', () => {
    const live = useLiveEvents({ onEvent: () => undefined });
    live.start(null);
    expect(FakeEventSource.opened[0]?.url).toBe('/api/events/live');
    FakeEventSource.opened[0]?.send(JSON.stringify(sampleEventLog[4]));
    FakeEventSource.opened[0]?.onerror?.();
    expect(FakeEventSource.opened[0]?.closed).toBe(true);
    expect(live.status.value).toBe('reconnecting');
    vi.advanceTimersByTime(1_000);
    expect(FakeEventSource.opened[1]?.url).toBe('/api/events/live?after=5');
    FakeEventSource.opened[1]?.onerror?.();
    vi.advanceTimersByTime(1_999);
    expect(FakeEventSource.opened).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(FakeEventSource.opened).toHaveLength(3);
  });

  it('closes the feed when the scope that started it ends', () => {
    const scope = effectScope();
    const live = scope.run(() => useLiveEvents({ onEvent: () => undefined }));
    live?.start(null);
    scope.stop();
    expect(FakeEventSource.opened[0]?.closed).toBe(true);
    expect(live?.status.value).toBe('idle');
  });
});
