import { sampleIndicatorDetails, sampleLinkedGoalHistory, sampleSeries, type FakeRoute } from '@goaltrail/admin-data-access';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountIndicatorsRoute } from '../testing/mount-indicators-route';

const path = '/api/indicators/sn-nojdhet-omsorg';
const reads: Record<string, FakeRoute> = {
  [`GET ${path}`]: { body: sampleIndicatorDetails },
  [`GET ${path}/series`]: { body: sampleSeries },
  'GET /api/goals/goal-effect-1/history': { body: sampleLinkedGoalHistory },
};
const written = { indicatorId: 'sn-nojdhet-omsorg', streamId: 'indicator-sn-nojdhet-omsorg', revision: 6, position: '60', changed: true };

describe('one indicator', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('shows the definition, its linked goal with the way to its follow-up, and every version with who, when and why', async () => {
    const { wrapper } = await mountIndicatorsRoute('/indikatorer/sn-nojdhet-omsorg', reads);
    expect(wrapper.get('h1').text()).toBe('Andel nöjda personer och anhöriga inom omsorgen');
    expect(wrapper.text()).toContain('Definition v2');
    const definition = wrapper.get('section[aria-labelledby="definition-heading"]');
    expect(definition.text()).toContain('webbenkät');
    await vi.waitFor(() => expect(definition.text()).toContain('Effektmål 1 (2005)'));
    expect(definition.get('a[href="/uppfoljning/socialnamnden/2005"]').text()).toBe('Uppföljning 2005');
    const versions = wrapper.findAll('section[aria-labelledby="history-heading"] li.version');
    expect(versions.map((version) => version.get('h3').text())).toEqual(['Version 2', 'Version 1 Ursprunglig definition']);
    expect(versions[0]?.text()).toContain('Mätmetod: brukarundersökning → webbenkät');
    expect(versions[0]?.text()).toContain('Brukarundersökningen görs som webbenkät från 2006');
    expect(versions[0]?.text()).toContain('admin (Administratör)');
    expect(versions[0]?.text()).toContain('2006-01-01');
  });

  it('lists targets and outcomes in a table and flags the comparison across the definition change', async () => {
    const { wrapper } = await mountIndicatorsRoute('/indikatorer/sn-nojdhet-omsorg', reads);
    const rows = wrapper.findAll('section[aria-labelledby="series-heading"] tbody tr');
    expect(rows.map((row) => row.get('th').text())).toEqual(['2005', '2006 Definition v2']);
    expect(rows[0]?.text()).toContain('minst 75 %');
    expect(rows[0]?.text()).toContain('73 %');
    expect(rows[1]?.text()).toContain('kvinnor 83 %, män 79 %');
    expect(rows[1]?.text()).toContain('Ej jämförbart: målvärdet gäller definition v1, utfallet v2');
    expect(wrapper.get('[data-testid="definition-change-warning"]').text()).toContain('Jämförelse över ett definitionsbyte: 1 period: 2006');
    await vi.waitFor(() => expect(wrapper.find('[role="img"]').exists()).toBe(true));
    expect(wrapper.get('[role="img"]').attributes('aria-label')).toContain('Samma uppgifter finns i tabellen nedan');
  });

  it('records an outcome for a planner and reads the indicator again', async () => {
    const { wrapper, api } = await mountIndicatorsRoute('/indikatorer/sn-nojdhet-omsorg', { ...reads, [`POST ${path}/measurements`]: { status: 201, body: written } });
    await wrapper.get('#measurement-period').setValue('2007');
    await wrapper.get('#measurement-value').setValue('80,5');
    await wrapper.get('#measurement-source').setValue('Webbenkät 2007');
    await wrapper.get('#record-measurement-heading + form').trigger('submit');
    await vi.waitFor(() => expect(wrapper.text()).toContain('Utfallet för 2007 är sparat.'));
    expect(api.calls.find((call) => call.method === 'POST')?.body).toEqual({ unit: 'percent', period: '2007', value: 80.5, source: 'Webbenkät 2007', reason: null });
    expect(api.calls.filter((call) => call.path === path)).toHaveLength(2);
  });

  it('puts a refused target beside its fields and changes nothing else', async () => {
    const refusal = { statusCode: 400, error: 'Bad Request', message: 'The indicator command is not valid', issues: [{ path: ['comparator'], message: 'does not fit an indicator that should increase' }] };
    const { wrapper, api } = await mountIndicatorsRoute('/indikatorer/sn-nojdhet-omsorg', { ...reads, [`POST ${path}/targets`]: { status: 400, body: refusal } });
    expect((wrapper.get('#target-year').element as HTMLInputElement).value).toBe('2007');
    await wrapper.get('#target-comparator').setValue('at-most');
    await wrapper.get('#target-value').setValue('70');
    await wrapper.get('#set-target-heading + form').trigger('submit');
    await vi.waitFor(() => expect(wrapper.find('#target-comparator-error').exists()).toBe(true));
    expect(wrapper.get('#target-comparator-error').text()).toBe('does not fit an indicator that should increase');
    expect(document.activeElement?.id).toBe('target-comparator');
    expect((wrapper.get('#target-value').element as HTMLInputElement).value).toBe('70');
    expect(api.calls.filter((call) => call.method === 'GET' && call.path === path)).toHaveLength(1);
  });

  it('shows an auditor no edit controls', async () => {
    const { wrapper } = await mountIndicatorsRoute('/indikatorer/sn-nojdhet-omsorg', reads, { role: 'auditor' });
    expect(wrapper.findAll('form')).toHaveLength(0);
    expect(wrapper.findAll('button').map((button) => button.text())).toEqual([]);
  });

  it('lets an admin change the definition with a reason, sending only what changed', async () => {
    const { wrapper, api } = await mountIndicatorsRoute('/indikatorer/sn-nojdhet-omsorg', { ...reads, [`PATCH ${path}`]: { body: written } }, { role: 'admin' });
    await wrapper.findAll('button').find((button) => button.text() === 'Ändra definitionen')?.trigger('click');
    expect(document.activeElement?.id).toBe('edit-name');
    await wrapper.get('#edit-dataSource').setValue('Kolada');
    await wrapper.get('#edit-reason').setValue('Hämtas från Kolada');
    await wrapper.get('#edit-definition-heading ~ form').trigger('submit');
    await vi.waitFor(() => expect(wrapper.find('#edit-definition-heading').exists()).toBe(false));
    expect(api.calls.find((call) => call.method === 'PATCH')?.body).toEqual({ dataSource: 'Kolada', reason: 'Hämtas från Kolada' });
  });

  it('speaks English', async () => {
    const { wrapper } = await mountIndicatorsRoute('/indikatorer/sn-nojdhet-omsorg', reads, { locale: 'en' });
    expect(wrapper.text()).toContain('Targets and outcomes');
    expect(wrapper.text()).toContain('at least 75 %');
    expect(wrapper.text()).toContain('Not comparable: the target is for definition v1, the outcome v2');
  });
});
