import { sampleCommittees, samplePlans, sampleUsers, useSessionStore } from '@goaltrail/admin-data-access';
import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountPlansRoute } from '../testing/mount-plans-route';

describe('committees and their years', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lists the committees as links to their years', async () => {
    const { wrapper } = await mountPlansRoute('/planer', { 'GET /api/committees': { body: sampleCommittees } });
    const link = wrapper.get('h2 a');
    expect(link.text()).toBe('Socialnämnden');
    expect(link.attributes('href')).toBe('/planer/socialnamnden');
    expect(wrapper.text()).toContain('Nacka kommun');
  });

  it('says so when there are no committees', async () => {
    const { wrapper } = await mountPlansRoute('/planer', { 'GET /api/committees': { body: [] } }, 'en');
    expect(wrapper.get('.gt-empty h2').text()).toBe('No committees yet');
  });

  it("lists a committee's years with status, goal count and decision", async () => {
    const { wrapper } = await mountPlansRoute('/planer/socialnamnden', {
      'GET /api/committees': { body: sampleCommittees },
      'GET /api/committees/socialnamnden/plans': { body: samplePlans },
    });
    expect(wrapper.get('h1').text()).toBe('Socialnämnden');
    const rows = wrapper.findAll('tbody tr').map((row) => row.findAll('th, td').map((cell) => cell.text()));
    expect(rows).toEqual([
      ['2005', 'Utkast', '3 mål', '—'],
      ['2020', 'Antagen', '2 mål', 'SOCN 2019/123 § 45 (2019-12-10)'],
    ]);
    expect(wrapper.get('tbody th a').attributes('href')).toBe('/planer/socialnamnden/2005');
  });

  it('offers planners a draft of the year after the newest plan, and the open drafts; auditors neither', async () => {
    const { wrapper } = await mountPlansRoute('/planer/socialnamnden', {
      'GET /api/committees': { body: sampleCommittees },
      'GET /api/committees/socialnamnden/plans': { body: samplePlans },
    });
    expect(wrapper.find('a[href$="/utkast"]').exists()).toBe(false);
    useSessionStore().user = sampleUsers.planner;
    await flushPromises();
    const drafting = wrapper.findAll('a[href$="/utkast"]').map((link) => [link.text(), link.attributes('href')]);
    expect(drafting).toEqual([
      ['Arbeta med utkastet 2005', '/planer/socialnamnden/2005/utkast'],
      ['Nytt utkast för 2021', '/planer/socialnamnden/2021/utkast'],
    ]);
  });

  it("shows the API's problem for an unknown committee, with a retry", async () => {
    const { wrapper } = await mountPlansRoute('/planer/okand', {
      'GET /api/committees': { body: sampleCommittees },
      'GET /api/committees/okand/plans': { status: 404, body: { statusCode: 404, error: 'Not Found', message: 'No committee okand' } },
    });
    const alert = wrapper.get('[role="alert"]');
    expect(alert.text()).toContain('No committee okand');
    expect(alert.find('button').text()).toBe('Försök igen');
  });
});
