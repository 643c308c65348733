import { createFakeApi, sampleUsers } from '@goaltrail/admin-data-access';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import App from './App.vue';
import { createAppI18n } from './i18n';
import { createAppRouter } from './router';

const health = { status: 'ok', version: '0.1.0', eventStore: 'pglite', headPosition: '42', startedAt: '2026-01-01T00:00:00Z' };

async function mountApp(path: string, signedIn: boolean) {
  let session = signedIn;
  vi.stubGlobal(
    'fetch',
    createFakeApi({
      'GET /api/auth/me': () => (session ? { body: sampleUsers.planner } : { status: 401, body: { statusCode: 401, error: 'Unauthorized', message: 'Not logged in' } }),
      'POST /api/auth/logout': () => ((session = false), { status: 204 }),
      'GET /api/health': { body: health },
    }).fetch,
  );
  const pinia = createPinia();
  const router = createAppRouter({ pinia, history: createMemoryHistory() });
  await router.push(path);
  const wrapper = mount(App, { attachTo: document.body, global: { plugins: [pinia, createAppI18n(), router] } });
  await flushPromises();
  return { wrapper, router };
}

describe('App shell', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
    localStorage.clear();
  });

  it('has a skip link, a banner with the user and role, a labelled nav and a main region', async () => {
    const { wrapper } = await mountApp('/', true);
    expect(wrapper.get('a.skip-link').text()).toBe('Hoppa till innehållet');
    expect(wrapper.get('header.app-header').text()).toContain('pia.planner');
    expect(wrapper.get('header [data-testid="role-badge"]').text()).toBe('Planerare');
    expect(wrapper.findAll('nav[aria-label="Huvudmeny"] a').map((a) => a.text())).toEqual(['Start', 'Planer', 'Jämför år', 'Granskning', 'Återspela', 'Indikatorer', 'Importera']);
    expect(wrapper.get('main#main').attributes('tabindex')).toBe('-1');
    expect(document.title).toBe('Start · Målspåret');
  });

  it('switches the whole interface to English and remembers it', async () => {
    const { wrapper } = await mountApp('/', true);
    const english = wrapper.get('button[lang="en"]');
    await english.trigger('click');
    expect(english.attributes('aria-pressed')).toBe('true');
    expect(wrapper.get('a.skip-link').text()).toBe('Skip to content');
    expect(wrapper.get('header [data-testid="role-badge"]').text()).toBe('Planner');
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Home · Målspåret');
    expect(localStorage.getItem('goaltrail.locale')).toBe('en');
  });

  it('goes to sign-in after signing out, and shows no navigation there', async () => {
    const { wrapper, router } = await mountApp('/', true);
    const signOut = wrapper.findAll('button').find((button) => button.text() === 'Logga ut');
    await signOut?.trigger('click');
    // The sign-in view is a lazy chunk: wait for the import, not just for pending promises.
    await vi.waitFor(() => expect(wrapper.find('h1').text()).toBe('Logga in'));
    expect(router.currentRoute.value.name).toBe('sign-in');
    expect(wrapper.find('nav[aria-label="Huvudmeny"]').exists()).toBe(false);
  });

  it('moves focus to the main region after moving to another page', async () => {
    const { router } = await mountApp('/', true);
    await router.push('/planer');
    await flushPromises();
    expect(document.activeElement?.id).toBe('main');
  });
});
