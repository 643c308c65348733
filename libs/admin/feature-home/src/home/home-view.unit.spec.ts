import { createFakeApi, sampleUsers, useSessionStore, type FakeRoute } from '@goaltrail/admin-data-access';
import { createAdminI18n } from '@goaltrail/admin-util';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { homeMessages } from './home.messages';
import HomeView from './HomeView.vue';

const healthy = { status: 'ok', version: '0.1.0', eventStore: 'pglite', headPosition: '42', startedAt: '2026-01-01T00:00:00Z' };

async function mountHome(routes: Record<string, FakeRoute>, role: keyof typeof sampleUsers | null = null, locale: 'sv' | 'en' = 'sv') {
  const api = createFakeApi(routes);
  vi.stubGlobal('fetch', api.fetch);
  const pinia = createPinia();
  setActivePinia(pinia);
  useSessionStore().user = role ? sampleUsers[role] : null;
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/', component: HomeView }, { path: '/planer', name: 'committees', component: HomeView }] });
  const wrapper = mount(HomeView, { global: { plugins: [pinia, router, createAdminI18n({ locale, bundles: [homeMessages] })] } });
  await flushPromises();
  return { wrapper, api };
}

describe('HomeView', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows the server status once loaded', async () => {
    const { wrapper } = await mountHome({ 'GET /api/health': { body: healthy } });
    expect(wrapper.get('[data-testid="health-status"]').text()).toBe('I drift');
    expect(wrapper.text()).toContain('pglite');
    expect(wrapper.text()).toContain('position 42');
  });

  it('welcomes the signed-in user with their role and what it allows', async () => {
    const { wrapper } = await mountHome({ 'GET /api/health': { body: healthy } }, 'auditor', 'en');
    expect(wrapper.get('#welcome-heading').text()).toBe('Welcome, arne.auditor');
    expect(wrapper.get('[data-testid="role-badge"]').text()).toBe('Auditor');
    expect(wrapper.text()).toContain('but change nothing');
  });

  it('shows the error and retries on request', async () => {
    const { wrapper, api } = await mountHome({ 'GET /api/health': { status: 503, body: { statusCode: 503, error: 'Service Unavailable', message: 'Händelselagret startar' } } });
    expect(wrapper.get('[role="alert"]').text()).toContain('Händelselagret startar');
    await wrapper.get('[role="alert"] button').trigger('click');
    await flushPromises();
    expect(api.calls).toHaveLength(2);
  });
});
