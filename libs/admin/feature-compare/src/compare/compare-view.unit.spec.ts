import {
  createFakeApi,
  sampleCommittees,
  sampleDiff,
  sampleLineage,
  samplePlan2005,
  samplePlan2020,
  samplePlans,
  type FakeRoute,
} from '@goaltrail/admin-data-access';
import { createAdminI18n, type LocaleCode } from '@goaltrail/admin-util';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, createRouter, RouterView } from 'vue-router';
import { compareMessages } from '../compare.messages';
import { compareRoutes } from '../compare.routes';

const api: Record<string, FakeRoute> = {
  'GET /api/committees': { body: sampleCommittees },
  'GET /api/committees/socialnamnden/plans': { body: samplePlans },
  'GET /api/committees/socialnamnden/plans/2005': { body: samplePlan2005 },
  'GET /api/committees/socialnamnden/plans/2020': { body: samplePlan2020 },
  'GET /api/committees/socialnamnden/diff': { body: sampleDiff() },
  'GET /api/committees/socialnamnden/lineage': { body: sampleLineage() },
};

async function mountCompare(path: string, locale: LocaleCode = 'sv') {
  const fake = createFakeApi(api);
  vi.stubGlobal('fetch', fake.fetch);
  const pinia = createPinia();
  setActivePinia(pinia);
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [...compareRoutes, { path: '/mal/:goalId', name: 'goal-history', component: { render: () => h('p') } }],
  });
  await router.push(path);
  await router.isReady();
  const wrapper = mount(defineComponent({ render: () => h(RouterView) }), {
    attachTo: document.body,
    global: { plugins: [pinia, router, createAdminI18n({ locale, bundles: [compareMessages] })] },
  });
  await flushPromises();
  return { wrapper, router, fake };
}

const full = '/jamfor?committee=socialnamnden&from=2005&to=2020';

describe('CompareView', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('chooses the only committee and its first and last year, and puts the choice in the address', async () => {
    const { wrapper, router } = await mountCompare('/jamfor');
    expect(wrapper.get('h1').text()).toBe('Jämför år');
    expect(wrapper.text()).toContain('Välj nämnd och två år');
    expect((wrapper.get('#compare-committee').element as HTMLSelectElement).value).toBe('socialnamnden');
    expect(wrapper.get<HTMLSelectElement>('#compare-from').element.selectedOptions[0]?.text).toBe('2005');
    expect(wrapper.get<HTMLSelectElement>('#compare-to').element.selectedOptions[0]?.text).toBe('2020');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ committee: 'socialnamnden', from: '2005', to: '2020' });
    expect(wrapper.get('#changes-heading').text()).toBe('Socialnämnden: 2005 jämfört med 2020');
  });

  it('refuses a later year before the earlier one, and says why', async () => {
    const { wrapper, router } = await mountCompare('/jamfor');
    await wrapper.get('#compare-from').setValue(wrapper.get<HTMLSelectElement>('#compare-from').element.options[2]?.value);
    await wrapper.get('#compare-to').setValue(wrapper.get<HTMLSelectElement>('#compare-to').element.options[1]?.value);
    await wrapper.get('form').trigger('submit');
    expect(wrapper.get('[role="alert"]').text()).toBe('Det tidigare året måste komma före det senare.');
    expect(wrapper.get('#compare-from').attributes('aria-invalid')).toBe('true');
    expect(router.currentRoute.value.query).toEqual({});
  });

  it('shows the counts and both plans with every goal marked, word changes as del and ins', async () => {
    const { wrapper } = await mountCompare(full);
    const counts = wrapper.findAll('.count').map((entry) => [entry.get('.gt-badge').text(), entry.get('dd').text()]);
    expect(counts).toEqual([
      ['Nytt', '1'],
      ['Avslutat', '1'],
      ['Omformulerat', '2'],
      ['Flyttat', '2'],
      ['Oförändrat', '0'],
    ]);
    const earlier = wrapper.get('section[aria-labelledby="column-from"]');
    expect(earlier.get('h3').text()).toBe('Målen 2005');
    expect(earlier.findAll('h4').map((h4) => h4.text())).toEqual(['Inriktningsmål', 'Effektmål']);
    const d3 = earlier.findAll('li.goal')[1];
    expect(d3?.findAll('.gt-badge').map((badge) => badge.text())).toEqual(['Omformulerat', 'Flyttat']);
    expect(d3?.text()).toContain('Sammanslaget till Nämndmål 1, En öppen kommun (2020)');
    expect(d3?.find('del').text()).toMatch(/^\[struket: .+\]$/);
    const later = wrapper.get('section[aria-labelledby="column-to"]');
    expect(later.findAll('li.goal')[0]?.text()).toContain('Sammanslaget från Inriktningsmål 3 (2005)');
    expect(later.findAll('li.goal')[1]?.find('.gt-badge').text()).toBe('Nytt');
    expect(earlier.findAll('li.goal')[0]?.text()).toContain('Motivering: Ingen motsvarighet 2020.');
  });

  it('lists every lineage link in a table with relation and rationale, and gives the chart a text label', async () => {
    const { wrapper } = await mountCompare(full);
    const table = wrapper.get('table');
    expect(table.get('caption').text()).toBe('Alla länkar mellan målen 2005 och 2020');
    const rows = table.findAll('tbody tr').map((row) => row.findAll('th, td').map((cell) => cell.text()));
    expect(rows.map((cells) => [cells[0]?.split('(2005)')[0]?.trim(), cells[2]?.split(/registrerad/)[0]?.trim()])).toEqual([
      ['Inriktningsmål 1', 'Avslutat'],
      ['Inriktningsmål 3', 'Sammanslaget'],
      ['Effektmål 1', 'Sammanslaget'],
    ]);
    expect(rows[0]?.[1]).toBe('Ingen efterföljare');
    expect(rows[1]?.[3]).toContain('Tydliga värderingar');
    // The chart is a lazy chunk of its own: wait for it, not just for pending promises.
    const chart = await vi.waitFor(() => wrapper.get('[role="img"]'));
    expect(chart.attributes('aria-label')).toBe(
      'Flödesdiagram: 3 länkar mellan 3 mål 2005 och 2 mål 2020. Samma uppgifter finns i tabellen nedan.',
    );
    expect(wrapper.text()).toContain('Mål 2020 utan registrerad föregångare: Nämndmål 1, En lärande kommun.');
  });

  it("shows the API's problem with a retry when the years cannot be compared", async () => {
    const { wrapper } = await mountCompare('/jamfor?committee=socialnamnden&from=2005&to=2019');
    const alert = wrapper.get('.error-alert');
    expect(alert.text()).toContain('Cannot GET /api/committees/socialnamnden/plans/2019');
    expect(alert.find('button').text()).toBe('Försök igen');
  });

  it('speaks English when asked', async () => {
    const { wrapper } = await mountCompare(full, 'en');
    expect(wrapper.get('h1').text()).toBe('Compare years');
    expect(wrapper.get('#changes-heading').text()).toBe('Socialnämnden: 2005 compared with 2020');
    expect(wrapper.get('caption').text()).toBe('Every link between the goals of 2005 and 2020');
  });
});
