import { sampleCommittees, samplePlan2005, samplePlan2020, samplePlans } from '@goaltrail/admin-data-access';
import type { FakeRoute } from '@goaltrail/admin-data-access';
import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountPlansRoute } from '../testing/mount-plans-route';

const notRecorded = { status: 404, body: { statusCode: 404, error: 'Not Found', message: 'socialnamnden has no plan for 2020', rule: 'plan-exists' } };
const api: Record<string, FakeRoute> = {
  'GET /api/committees': { body: sampleCommittees },
  'GET /api/committees/socialnamnden/plans': { body: samplePlans },
  'GET /api/committees/socialnamnden/plans/2005': { body: samplePlan2005 },
  'GET /api/committees/socialnamnden/plans/2020': (_call, url) => (url.searchParams.get('asOf') ? notRecorded : { body: samplePlan2020 }),
};

describe('PlanDocumentView', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reads the 2005 plan as a document: kind sections with numbered goals linking to their history', async () => {
    const { wrapper } = await mountPlansRoute('/planer/socialnamnden/2005', api);
    expect(wrapper.get('h1').text()).toBe('Socialnämnden: mål 2005');
    expect(wrapper.findAll('h2').map((h) => h.text())).toEqual(['Inriktningsmål', 'Effektmål']);
    const directional = wrapper.findAll('section')[0];
    expect(directional?.findAll('li').map((li) => li.attributes('value'))).toEqual(['1', '3']);
    expect(wrapper.text()).toContain('Mäts genom: brukarundersökning');
    const history = wrapper.get('a[aria-label="Historik för inriktningsmål 3"]');
    expect(history.attributes('href')).toBe('/mal/g-2005-d3');
    expect(wrapper.find('[data-testid="as-of-banner"]').exists()).toBe(false);
  });

  it('shows focus areas with their description bullets and lineage links', async () => {
    const { wrapper } = await mountPlansRoute('/planer/socialnamnden/2020', api, 'en');
    expect(wrapper.findAll('h2').map((h) => h.text())).toEqual(['En öppen kommun', 'En lärande kommun']);
    expect(wrapper.findAll('.description li').map((li) => li.text())).toContain('Omfamna olikheter');
    expect(wrapper.get('a[href="/mal/g-2005-d3"]').text()).toBe('Merged from 2005');
    expect(wrapper.find('a[aria-label="History for committee goal 1 in En öppen kommun"]').exists()).toBe(true);
    expect(wrapper.text()).toContain('SOCN 2019/123 § 45 (2019-12-10)');
  });

  it('puts the as-of time in the address and shows the past with a banner and a way back', async () => {
    const { wrapper, router, api: fake } = await mountPlansRoute('/planer/socialnamnden/2005', api);
    await wrapper.get('#as-of-input').setValue('2026-03-01T12:00:00');
    await wrapper.get('form[aria-label="Tidsresa"]').trigger('submit');
    await flushPromises();
    const asOf = new Date('2026-03-01T12:00:00').toISOString();
    expect(router.currentRoute.value.query['asOf']).toBe(asOf);
    expect(fake.calls.at(-1)?.path).toBe(`/api/committees/socialnamnden/plans/2005?asOf=${encodeURIComponent(asOf)}`);
    expect(wrapper.get('[data-testid="as-of-banner"]').text()).toContain('Du ser planen som den var registrerad 2026-03-01 12:00:00');
    expect(wrapper.get('nav[aria-label="Nämndens år"] a[href*="2020"]').attributes('href')).toContain('asOf=');

    await wrapper.get('[data-testid="as-of-banner"] button').trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({});
    expect(wrapper.find('[data-testid="as-of-banner"]').exists()).toBe(false);
  });

  it('says a plan had not been recorded yet at the chosen time, rather than showing an error', async () => {
    const { wrapper } = await mountPlansRoute('/planer/socialnamnden/2020?asOf=2020-01-01T00:00:00.000Z', api);
    expect(wrapper.find('[role="alert"]').exists()).toBe(false);
    expect(wrapper.get('.gt-empty h2').text()).toBe('Planen fanns inte ännu');
    expect(wrapper.find('article').exists()).toBe(false);
  });

  it('refuses an unreadable as-of time in the address instead of silently showing the present', async () => {
    const { wrapper, api: fake } = await mountPlansRoute('/planer/socialnamnden/2005?asOf=igår', api);
    expect(wrapper.get('[role="alert"]').text()).toContain('Tidpunkten i adressen går inte att läsa');
    expect(fake.calls.some((call) => call.path.includes('/plans/2005'))).toBe(false);
  });

  it("shows the API's problem for a year without a plan", async () => {
    const { wrapper } = await mountPlansRoute('/planer/socialnamnden/2031', api);
    expect(wrapper.get('[role="alert"]').text()).toContain('Cannot GET /api/committees/socialnamnden/plans/2031');
  });
});
