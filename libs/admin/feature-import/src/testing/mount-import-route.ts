import { createFakeApi, sampleUsers, useSessionStore, type FakeRoute } from '@goaltrail/admin-data-access';
import { createAdminI18n, type LocaleCode } from '@goaltrail/admin-util';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, createRouter, RouterView } from 'vue-router';
import { importMessages } from '../import.messages';
import { importRoutes } from '../import.routes';

/** Mounts the import route as `role` against a fake API at the fetch edge; everything else is real. */
export async function mountImportRoute(routes: Record<string, FakeRoute>, options: { role?: keyof typeof sampleUsers; locale?: LocaleCode } = {}) {
  const api = createFakeApi(routes);
  vi.stubGlobal('fetch', api.fetch);
  const pinia = createPinia();
  setActivePinia(pinia);
  useSessionStore().user = sampleUsers[options.role ?? 'planner'];
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [...importRoutes, { path: '/planer/:committeeId/:year', name: 'plan', component: { render: () => h('p', 'plan') } }],
  });
  await router.push('/importera');
  await router.isReady();
  const Shell = defineComponent({ render: () => h(RouterView) });
  const i18n = createAdminI18n({ locale: options.locale ?? 'sv', bundles: [importMessages] });
  const wrapper = mount(Shell, { attachTo: document.body, global: { plugins: [pinia, router, i18n] } });
  await flushPromises();
  // The route component is a lazy chunk: wait until it has rendered its heading.
  await vi.waitFor(() => {
    if (!wrapper.find('h1').exists()) throw new Error('the view has not rendered yet');
  });
  return { wrapper, router, api };
}
