import { createFakeApi, sampleUsers, useSessionStore, type FakeRoute } from '@goaltrail/admin-data-access';
import { createAdminI18n, type LocaleCode } from '@goaltrail/admin-util';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, createRouter, RouterView } from 'vue-router';
import { indicatorsMessages } from '../indicators.messages';
import { indicatorsRoutes } from '../indicators.routes';

const stub = (name: string, path: string) => ({ path, name, component: { render: () => h('p', name) } });

/** Mounts the indicator routes at `path` as `role` against a fake API at the fetch edge; everything else is real. */
export async function mountIndicatorsRoute(path: string, routes: Record<string, FakeRoute>, options: { role?: keyof typeof sampleUsers; locale?: LocaleCode } = {}) {
  const api = createFakeApi(routes);
  vi.stubGlobal('fetch', api.fetch);
  const pinia = createPinia();
  setActivePinia(pinia);
  useSessionStore().user = sampleUsers[options.role ?? 'planner'];
  const router = createRouter({ history: createMemoryHistory(), routes: [...indicatorsRoutes, stub('goal-history', '/mal/:goalId')] });
  await router.push(path);
  await router.isReady();
  const Shell = defineComponent({ render: () => h(RouterView) });
  const i18n = createAdminI18n({ locale: options.locale ?? 'sv', bundles: [indicatorsMessages] });
  const wrapper = mount(Shell, { attachTo: document.body, global: { plugins: [pinia, router, i18n] } });
  await flushPromises();
  // The route component is a lazy chunk: wait until it has rendered its heading.
  await vi.waitFor(() => {
    if (!wrapper.find('h1').exists()) throw new Error('the view has not rendered yet');
  });
  await flushPromises();
  return { wrapper, router, api };
}
