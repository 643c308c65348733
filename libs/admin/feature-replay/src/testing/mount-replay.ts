import { createFakeApi, eventLogRoute, sampleEventLog, sampleUsers, useSessionStore, type FakeRoute } from '@goaltrail/admin-data-access';
import { createAdminI18n, type LocaleCode } from '@goaltrail/admin-util';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, createRouter, RouterView } from 'vue-router';
import { replayMessages } from '../replay.messages';
import { replayRoutes } from '../replay.routes';

/** The browser's EventSource at the network edge: the test speaks for the server's live feed. */
export class FakeEventSource {
  static opened: FakeEventSource[] = [];
  onopen: (() => void) | null = null;
  onerror: (() => void) | null = null;
  closed = false;
  private readonly listeners: ((message: MessageEvent<string>) => void)[] = [];
  constructor(readonly url: string) {
    FakeEventSource.opened.push(this);
  }
  addEventListener(_type: string, listener: (message: MessageEvent<string>) => void): void {
    this.listeners.push(listener);
  }
  close(): void {
    this.closed = true;
  }
  /** Delivers one event as the server would. */
  send(data: unknown): void {
    for (const listener of this.listeners) listener({ data: JSON.stringify(data) } as MessageEvent<string>);
  }
}

const health = { status: 'ok', version: '0.1.0', eventStore: 'pglite', headPosition: '15', startedAt: '2026-11-22T20:58:00Z' };

/**
 * Mounts `/aterspelning` against a fake API at the fetch edge (the sample log, paged) and a fake
 * EventSource; the test DOM has no Web Worker, so the replay engine runs in the page.
 */
export async function mountReplay(routes: Record<string, FakeRoute> = {}, locale: LocaleCode = 'sv') {
  FakeEventSource.opened = [];
  vi.stubGlobal('EventSource', FakeEventSource);
  const api = createFakeApi({ 'GET /api/events': eventLogRoute(sampleEventLog), 'GET /api/health': { body: health }, ...routes });
  vi.stubGlobal('fetch', api.fetch);
  const pinia = createPinia();
  setActivePinia(pinia);
  useSessionStore().user = sampleUsers.auditor;
  const router = createRouter({ history: createMemoryHistory(), routes: replayRoutes });
  await router.push('/aterspelning');
  await router.isReady();
  const wrapper = mount(defineComponent({ render: () => h(RouterView) }), {
    attachTo: document.body,
    global: { plugins: [pinia, router, createAdminI18n({ locale, bundles: [replayMessages] })] },
  });
  await flushPromises();
  return { wrapper, api };
}
