import { createFakeApi, sampleUsers, useSessionStore, type FakeRoute } from '@goaltrail/admin-data-access';
import { createAdminI18n, type LocaleCode } from '@goaltrail/admin-util';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, createRouter, RouterView } from 'vue-router';
import { draftMessages } from '../draft.messages';
import { draftRoutes } from '../draft.routes';

const stub = (name: string, path: string) => ({ path, name, component: { render: () => h('p', name) } });

/** Mounts the drafting route at `path` as `role`, against a fake API at the fetch edge; the rest is real. */
export async function mountDraftRoute(
  path: string,
  routes: Record<string, FakeRoute>,
  options: { role?: keyof typeof sampleUsers; locale?: LocaleCode } = {},
) {
  const api = createFakeApi({ 'GET /api/committees': { body: [] }, ...routes });
  vi.stubGlobal('fetch', api.fetch);
  const pinia = createPinia();
  setActivePinia(pinia);
  useSessionStore().user = sampleUsers[options.role ?? 'planner'];
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [...draftRoutes, stub('committees', '/planer'), stub('committee-plans', '/planer/:committeeId'), stub('plan', '/planer/:committeeId/:year')],
  });
  await router.push(path);
  await router.isReady();
  const Shell = defineComponent({ render: () => h(RouterView) });
  const i18n = createAdminI18n({ locale: options.locale ?? 'sv', bundles: [draftMessages] });
  const wrapper = mount(Shell, { attachTo: document.body, global: { plugins: [pinia, router, i18n] } });
  await flushPromises();
  // The route component is a lazy chunk: wait until it has rendered its heading.
  await vi.waitFor(() => {
    if (!wrapper.find('h1').exists()) throw new Error('the view has not rendered yet');
  });
  await flushPromises();
  return { wrapper, router, api };
}
