import {
  createFakeApi,
  sampleCommittees,
  sampleHistory,
  samplePlan2020,
  sampleUsers,
  useSessionStore,
  type FakeRoute,
} from '@goaltrail/admin-data-access';
import { createAdminI18n } from '@goaltrail/admin-util';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, createRouter, RouterView } from 'vue-router';
import { goalHistoryMessages } from '../goal-history.messages';
import { goalHistoryRoutes } from '../goal-history.routes';

const baseApi: Record<string, FakeRoute> = {
  'GET /api/committees': { body: sampleCommittees },
  'GET /api/goals/g-2005-d3/history': { body: sampleHistory },
  'GET /api/committees/socialnamnden/plans/2020': { body: samplePlan2020 },
};

async function mountHistory(role: keyof typeof sampleUsers, routes: Record<string, FakeRoute> = {}) {
  const api = createFakeApi({ ...baseApi, ...routes });
  vi.stubGlobal('fetch', api.fetch);
  const pinia = createPinia();
  setActivePinia(pinia);
  useSessionStore().user = sampleUsers[role];
  const stub = { render: () => h('p') };
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      ...goalHistoryRoutes,
      { path: '/planer', name: 'committees', component: stub },
      { path: '/planer/:committeeId', name: 'committee-plans', component: stub },
      { path: '/planer/:committeeId/:year', name: 'plan', component: stub },
    ],
  });
  await router.push('/mal/g-2005-d3');
  await router.isReady();
  const wrapper = mount(defineComponent({ render: () => h(RouterView) }), {
    attachTo: document.body,
    global: { plugins: [pinia, router, createAdminI18n({ bundles: [goalHistoryMessages] })] },
  });
  await flushPromises();
  return { wrapper, api };
}

describe('GoalHistoryView', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('shows every wording, newest first, with who, role, both clocks, reason and decision', async () => {
    const { wrapper } = await mountHistory('auditor');
    expect(wrapper.get('h1').text()).toBe('Historik: inriktningsmål 3');
    expect(wrapper.get('.current blockquote').text()).toBe(sampleHistory.entries[1]?.goal.text);
    const entries = wrapper.findAll('.timeline > li');
    expect(entries.map((entry) => entry.get('h3').text())).toEqual(['Omformulerat 2005', 'Tillagt 2005']);
    const newest = entries[0]?.text() ?? '';
    for (const shown of ['Formulering 1', 'pia.planner', 'Planerare', '2005-03-01', 'Förtydligat efter dialog med revisorerna', 'SOCN 2005/7 § 12']) {
      expect(newest).toContain(shown);
    }
    expect(entries[1]?.text()).toContain('System');
    expect(entries[1]?.get('a').attributes('href')).toBe('/planer/socialnamnden/2005?asOf=2026-11-22T20:23:35.495Z');
  });

  it('links the lineage by the linked goals’ own numbers and words', async () => {
    const { wrapper } = await mountHistory('auditor');
    const link = wrapper.get('a[href="/mal/g-2020-o1"]');
    expect(link.text()).toBe('nämndmål 1 (2020)');
    expect(wrapper.text()).toContain('Sammanslaget');
    expect(wrapper.text()).toContain('Socialnämnden ska ha en tydlig och förståelig myndighetsutövning');
    expect(wrapper.text()).toContain('Inga föregångare registrerade.');
    expect(wrapper.findAll('nav li').map((li) => li.text())).toEqual(['Planer', 'Socialnämnden', '2005', 'Målets historik']);
  });

  it('gives an auditor no edit controls', async () => {
    const { wrapper } = await mountHistory('auditor');
    expect(wrapper.findAll('button').map((button) => button.text())).not.toContain('Formulera om');
    expect(wrapper.find('form').exists()).toBe(false);
  });

  it('lets a planner reword the goal with the revision they saw', async () => {
    const { wrapper, api } = await mountHistory('planner', {
      'PATCH /api/goals/g-2005-d3': { body: { streamId: 'plan-socialnamnden-2005', revision: 15, position: '41' } },
    });
    const open = wrapper.findAll('button').find((button) => button.text() === 'Formulera om');
    await open?.trigger('click');
    expect(document.activeElement?.id).toBe('reword-text');
    await wrapper.get('#reword-text').setValue('Värderingarna bakom prioriteringarna ska vara tydliga.');
    await wrapper.get('#reword-reason').setValue('Kortare');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(api.calls.find((call) => call.method === 'PATCH')?.body).toEqual({
      text: 'Värderingarna bakom prioriteringarna ska vara tydliga.',
      reason: 'Kortare',
      expectedRevision: 1,
    });
    expect(wrapper.get('.saved').text()).toBe('Den nya formuleringen är sparad.');
    expect(wrapper.find('form').exists()).toBe(false);
  });

  it("keeps the form open with the API's problem when the wording moved on (409)", async () => {
    const conflict = { statusCode: 409, error: 'Conflict', message: 'Goal g-2005-d3 is at wording revision 2, not 1', currentRevision: 2 };
    const { wrapper } = await mountHistory('admin', { 'PATCH /api/goals/g-2005-d3': { status: 409, body: conflict } });
    await wrapper.findAll('button').find((button) => button.text() === 'Formulera om')?.trigger('click');
    await wrapper.get('#reword-reason').setValue('Kortare');
    await wrapper.get('#reword-decision-ref').setValue('SOCN 2026/1 § 2');
    await wrapper.get('#reword-decided-on').setValue('2026-02-01');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    const alert = wrapper.get('form [role="alert"]');
    expect(alert.text()).toContain('Formuleringen sparades inte');
    expect(alert.text()).toContain('Goal g-2005-d3 is at wording revision 2, not 1');
  });
});
