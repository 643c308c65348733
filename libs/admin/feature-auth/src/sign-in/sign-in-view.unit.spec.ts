import { createFakeApi, sampleUsers, useSessionStore, type FakeRoute } from '@goaltrail/admin-data-access';
import { createAdminI18n } from '@goaltrail/admin-util';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { signInMessages } from './sign-in.messages';
import { signInRoutes } from './sign-in.routes';

const wrongPassword = { status: 401, body: { statusCode: 401, error: 'Unauthorized', message: 'Wrong username or password.' } };

async function mountSignIn(path: string, routes: Record<string, FakeRoute> = {}) {
  const api = createFakeApi(routes);
  vi.stubGlobal('fetch', api.fetch);
  const pinia = createPinia();
  setActivePinia(pinia);
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [...signInRoutes, { path: '/:rest(.*)*', name: 'elsewhere', component: { template: '<p>elsewhere</p>' } }],
  });
  await router.push(path);
  await router.isReady();
  const { default: SignInView } = await import('./SignInView.vue');
  const wrapper = mount(SignInView, {
    attachTo: document.body,
    global: { plugins: [pinia, router, createAdminI18n({ bundles: [signInMessages] })] },
  });
  return { wrapper, router, api };
}

describe('SignInView', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('labels both fields and asks for what is missing without calling the API', async () => {
    const { wrapper, api } = await mountSignIn('/logga-in');
    const username = wrapper.get('#sign-in-username');
    expect(wrapper.get('label[for="sign-in-username"]').text()).toBe('Användarnamn');
    expect(wrapper.get('label[for="sign-in-password"]').text()).toBe('Lösenord');
    expect(username.attributes('autocomplete')).toBe('username');
    await wrapper.get('form').trigger('submit');
    expect(username.attributes('aria-invalid')).toBe('true');
    expect(wrapper.get('#sign-in-username-error').text()).toBe('Fyll i användarnamn.');
    expect(wrapper.get('#sign-in-password-error').text()).toBe('Fyll i lösenord.');
    expect(api.calls).toEqual([]);
  });

  it("announces the API's 401 message as an alert", async () => {
    const { wrapper, router } = await mountSignIn('/logga-in', { 'POST /api/auth/login': wrongPassword });
    await wrapper.get('#sign-in-username').setValue('admin');
    await wrapper.get('#sign-in-password').setValue('fel lösenord');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    const alert = wrapper.get('[role="alert"]');
    expect(alert.text()).toContain('Inloggningen misslyckades');
    expect(alert.text()).toContain('Wrong username or password.');
    expect(router.currentRoute.value.name).toBe('sign-in');
  });

  it('signs in and goes back to the page that asked for it', async () => {
    const { wrapper, router, api } = await mountSignIn('/logga-in?redirect=/planer/socialnamnden/2020', {
      'POST /api/auth/login': { body: sampleUsers.planner },
    });
    await wrapper.get('#sign-in-username').setValue(' pia.planner ');
    await wrapper.get('#sign-in-password').setValue('pia.planner-lösenord');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(api.calls[0]?.body).toEqual({ username: 'pia.planner', password: 'pia.planner-lösenord' });
    expect(router.currentRoute.value.fullPath).toBe('/planer/socialnamnden/2020');
    expect(useSessionStore().role).toBe('planner');
  });

  it('never follows a redirect to another site', async () => {
    const { wrapper, router } = await mountSignIn('/sign-in?redirect=//evil.example/x', { 'POST /api/auth/login': { body: sampleUsers.admin } });
    await wrapper.get('#sign-in-username').setValue('admin');
    await wrapper.get('#sign-in-password').setValue('adminlösenord');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(router.currentRoute.value.fullPath).toBe('/');
  });

  it('shows who is signed in, with the role, instead of the form', async () => {
    const { wrapper } = await mountSignIn('/logga-in', { 'POST /api/auth/logout': { status: 204 } });
    useSessionStore().user = sampleUsers.auditor;
    await flushPromises();
    expect(wrapper.find('form').exists()).toBe(false);
    expect(wrapper.text()).toContain('Du är inloggad som arne.auditor');
    expect(wrapper.get('[data-testid="role-badge"]').text()).toBe('Revisor');
    await wrapper.get('button').trigger('click');
    await flushPromises();
    expect(wrapper.find('form').exists()).toBe(true);
  });
});
