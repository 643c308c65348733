import { sampleCommittees, sampleFollowUp, samplePlans, type FakeRoute } from '@goaltrail/admin-data-access';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountIndicatorsRoute } from '../testing/mount-indicators-route';

const reads: Record<string, FakeRoute> = {
  'GET /api/committees': { body: sampleCommittees },
  'GET /api/committees/socialnamnden/plans': { body: samplePlans },
  'GET /api/committees/socialnamnden/follow-up/2005': { body: sampleFollowUp },
};

describe('the follow-up of a committee and year', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('shows each goal with its status in words, its rule beside it, and the indicators behind it', async () => {
    const { wrapper } = await mountIndicatorsRoute('/uppfoljning/socialnamnden/2005', reads);
    await vi.waitFor(() => expect(wrapper.find('#follow-up-heading').exists()).toBe(true));
    expect(wrapper.get('#follow-up-heading').text()).toBe('Socialnämnden: uppföljning 2005');
    const goals = wrapper.findAll('li.goal');
    expect(goals.map((goal) => [goal.get('h3').text(), goal.get('.head .gt-badge').text()])).toEqual([
      ['Effektmål 1', '■ Röd'],
      ['Effektmål 7', '○ Grå'],
    ]);
    expect(goals[0]?.get('.rule').text()).toBe('Regel: sämsta färgen bland 1 bedömda av 1 kopplade indikatorer → röd');
    expect(goals[0]?.text()).toContain('utfall 70 % < målvärde 75 % − tolerans 2 → röd');
    expect(goals[0]?.get('.indicators a').attributes('href')).toBe('/indikatorer/sn-nojdhet-omsorg');
    expect(goals[1]?.get('.rule').text()).toContain('inga indikatorer kopplade till målet → grå');
    expect(wrapper.get('ul.counts').text()).toContain('Röd 1');
  });

  it('goes to the chosen committee and year', async () => {
    const { wrapper, router } = await mountIndicatorsRoute('/uppfoljning', reads);
    expect(wrapper.text()).toContain('Välj nämnd och år');
    await vi.waitFor(() => expect((wrapper.get('#follow-up-year').element as HTMLSelectElement).value).toBe('2020'));
    await wrapper.get('#follow-up-year').setValue('2005');
    await wrapper.get('form').trigger('submit');
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/uppfoljning/socialnamnden/2005'));
  });

  it("shows the API's problem for a year without a plan", async () => {
    const missing = { statusCode: 404, error: 'Not Found', message: 'Socialnämnden has no plan for 1999' };
    const { wrapper } = await mountIndicatorsRoute('/uppfoljning/socialnamnden/1999', { ...reads, 'GET /api/committees/socialnamnden/follow-up/1999': { status: 404, body: missing } });
    await vi.waitFor(() => expect(wrapper.find('[role="alert"]').exists()).toBe(true));
    expect(wrapper.get('[role="alert"]').text()).toContain('Socialnämnden has no plan for 1999');
  });
});
