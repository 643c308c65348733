import { sampleCommittees, sampleFollowUp, sampleIndicatorList, samplePlan2005, samplePlans } from '@goaltrail/admin-data-access';
import type { CommitteeFollowUp, FakeRoute } from '@goaltrail/admin-data-access';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountPlansRoute } from '../testing/mount-plans-route';

// The sample follow-up, on the sample plan's goals: effect goal 1 has the satisfaction indicator (target
// 75 %, outcome 70 %, red) and the complaints indicator (no target, no outcome); directional goal 1 none.
const [satisfactionGoal, otherGoal] = sampleFollowUp.goals;
if (!satisfactionGoal || !otherGoal) throw new Error('the sample follow-up has two goals');
const complaints = { indicatorId: 'sn-besvarsarenden', name: 'Besvärsärenden', year: 2005, status: 'grey', greyReason: 'no-target', rule: 'inget målvärde för 2005 → grå', target: null, outcome: null, tolerance: 0, level: null } as const;
const followUp: CommitteeFollowUp = {
  ...sampleFollowUp,
  goals: [
    { ...satisfactionGoal, goalId: 'g-2005-e1', indicators: [...satisfactionGoal.indicators, complaints] },
    { ...otherGoal, goalId: 'g-2005-d1', indicators: [] },
  ],
};

const plan: Record<string, FakeRoute> = {
  'GET /api/committees': { body: sampleCommittees },
  'GET /api/committees/socialnamnden/plans': { body: samplePlans },
  'GET /api/committees/socialnamnden/plans/2005': { body: samplePlan2005 },
  'GET /api/indicators': { body: sampleIndicatorList },
};
const api = { ...plan, 'GET /api/committees/socialnamnden/follow-up/2005': { body: followUp } };

describe('PlanDocumentView: the indicators under each goal', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("lists a goal's indicators with the plan year's target, the colour in words once there is an outcome, and the follow-up", async () => {
    const { wrapper } = await mountPlansRoute('/planer/socialnamnden/2005', api);
    const list = wrapper.get('ul[aria-label="Indikatorer för effektmål 1"]');
    const [satisfactionItem, complaintsItem] = list.findAll('li');
    expect(satisfactionItem?.get('a').text()).toBe('Nöjdhet');
    expect(satisfactionItem?.get('a').attributes('href')).toBe('/indikatorer/sn-nojdhet-omsorg');
    expect(satisfactionItem?.text()).toContain('Mål 2005: minst 75 %');
    expect(satisfactionItem?.get('[data-status="red"]').text()).toBe('■ Röd');
    expect(satisfactionItem?.text()).toContain('utfall 2005: 70 %');
    expect(complaintsItem?.text()).toContain('Inget målvärde för 2005');
    expect(complaintsItem?.find('[data-status]').exists()).toBe(false);
    const effect = wrapper.findAll('section')[1];
    expect(effect?.get('a[href="/uppfoljning/socialnamnden/2005"]').text()).toBe('Uppföljning 2005');
  });

  it('writes the target in English for an English reader', async () => {
    const { wrapper } = await mountPlansRoute('/planer/socialnamnden/2005', api, 'en');
    expect(wrapper.get('ul[aria-label="Indicators for effect goal 1"]').text()).toContain('Target 2005: at least 75 %');
  });

  it('adds nothing under a goal without indicators', async () => {
    const { wrapper } = await mountPlansRoute('/planer/socialnamnden/2005', api);
    const directional = wrapper.findAll('section')[0];
    expect(directional?.findAll('li').map((li) => li.attributes('value'))).toEqual(['1', '3']);
    expect(directional?.find('ul').exists()).toBe(false);
    expect(directional?.find('a[href^="/uppfoljning"]').exists()).toBe(false);
    expect(wrapper.find('.quiet-note').exists()).toBe(false);
  });

  it('keeps the plan readable when the follow-up cannot be read, with a quiet note instead of an error', async () => {
    const failing = { status: 500, body: { statusCode: 500, error: 'Internal Server Error', message: 'boom' } };
    const { wrapper } = await mountPlansRoute('/planer/socialnamnden/2005', { ...plan, 'GET /api/committees/socialnamnden/follow-up/2005': failing });
    expect(wrapper.findAll('h2').map((h) => h.text())).toEqual(['Inriktningsmål', 'Effektmål']);
    expect(wrapper.text()).toContain('Andelen nöjda personer ska öka till 75 %.');
    expect(wrapper.find('[role="alert"]').exists()).toBe(false);
    expect(wrapper.find('ul[aria-label^="Indikatorer"]').exists()).toBe(false);
    expect(wrapper.get('.quiet-note').text()).toBe('Indikatorerna kunde inte läsas just nu, så målen visas utan dem.');
  });

  it('does not put the present follow-up beside a plan as recorded in the past', async () => {
    const { wrapper, api: fake } = await mountPlansRoute('/planer/socialnamnden/2005?asOf=2026-03-01T12:00:00.000Z', api);
    expect(wrapper.text()).toContain('Andelen nöjda personer ska öka till 75 %.');
    expect(fake.calls.some((call) => call.path.includes('follow-up') || call.path === '/api/indicators')).toBe(false);
    expect(wrapper.find('ul[aria-label^="Indikatorer"]').exists()).toBe(false);
    expect(wrapper.get('.quiet-note').text()).toContain('visas bara för nuläget');
  });
});
