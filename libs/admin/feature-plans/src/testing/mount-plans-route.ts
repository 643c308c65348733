import { createFakeApi, type FakeRoute } from '@goaltrail/admin-data-access';
import { createAdminI18n, type LocaleCode } from '@goaltrail/admin-util';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, createRouter, RouterView } from 'vue-router';
import { plansMessages } from '../plans.messages';
import { plansRoutes } from '../plans.routes';

/** Mounts the plans routes at `path` against a fake API at the fetch edge; everything else is real. */
export async function mountPlansRoute(path: string, routes: Record<string, FakeRoute>, locale: LocaleCode = 'sv') {
  const api = createFakeApi(routes);
  vi.stubGlobal('fetch', api.fetch);
  const pinia = createPinia();
  setActivePinia(pinia);
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      ...plansRoutes,
      // Stand-ins for the other features' routes the plan document links to.
      { path: '/mal/:goalId', name: 'goal-history', component: { render: () => h('p', 'history') } },
      { path: '/indikatorer/:indicatorId', name: 'indicator', component: { render: () => h('p', 'indicator') } },
      { path: '/uppfoljning/:committeeId?/:year?', name: 'follow-up', component: { render: () => h('p', 'follow-up') } },
    ],
  });
  await router.push(path);
  await router.isReady();
  const Shell = defineComponent({ render: () => h(RouterView) });
  const wrapper = mount(Shell, { global: { plugins: [pinia, router, createAdminI18n({ locale, bundles: [plansMessages] })] } });
  await flushPromises();
  return { wrapper, router, api };
}
