import { useSystemStore, type ApiClient } from '@goaltrail/admin-data-access';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import HomeView from './HomeView.vue';

function mountWith(client: ApiClient) {
  const pinia = createPinia();
  setActivePinia(pinia);
  useSystemStore().useClient(client);
  return mount(HomeView, { global: { plugins: [pinia] } });
}

describe('HomeView', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('shows the server status once loaded', async () => {
    const wrapper = mountWith({
      health: async () => ({ status: 'ok', version: '0.1.0', eventStore: 'pglite', headPosition: '42', startedAt: '2026-01-01T00:00:00Z' }),
    });
    await flushPromises();
    expect(wrapper.get('[data-testid="health-status"]').text()).toBe('I drift');
    expect(wrapper.text()).toContain('pglite');
    expect(wrapper.text()).toContain('position 42');
  });

  it('shows the error and retries on request', async () => {
    let calls = 0;
    const wrapper = mountWith({
      health: async () => {
        calls += 1;
        throw new Error('down');
      },
    });
    await flushPromises();
    expect(wrapper.get('[role="alert"]').text()).toContain('Okänt fel');
    await wrapper.get('button').trigger('click');
    await flushPromises();
    expect(calls).toBe(2);
  });
});
