import { sampleIndicatorList, sampleLinkedGoalHistory, type FakeRoute } from '@goaltrail/admin-data-access';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountIndicatorsRoute } from '../testing/mount-indicators-route';

const reads: Record<string, FakeRoute> = {
  'GET /api/indicators': { body: sampleIndicatorList },
  'GET /api/goals/goal-effect-1/history': { body: sampleLinkedGoalHistory },
};

describe('the indicator list', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('shows each indicator with unit, method, Kolada id, linked goals by name and definition version', async () => {
    const { wrapper } = await mountIndicatorsRoute('/indikatorer', reads);
    const rows = wrapper.findAll('tbody tr');
    expect(rows).toHaveLength(2);
    const cells = rows[0]?.findAll('th, td').map((cell) => cell.text());
    expect(cells).toEqual(['Andel nöjda personer och anhöriga inom omsorgen', 'Procent', 'webbenkät', 'U21468', 'Effektmål 1 (2005)', 'v2']);
    expect(rows[0]?.get('a').attributes('href')).toBe('/indikatorer/sn-nojdhet-omsorg');
    // A goal whose history cannot be read keeps its id.
    expect(rows[1]?.text()).toContain('goal-effect-7');
  });

  it('gives a planner the way to the Kolada upload but no form to define indicators', async () => {
    const { wrapper } = await mountIndicatorsRoute('/indikatorer', reads);
    expect(wrapper.text()).toContain('Importera utfall från Kolada');
    expect(wrapper.find('#define-indicator-heading').exists()).toBe(false);
  });

  it('shows an auditor neither', async () => {
    const { wrapper } = await mountIndicatorsRoute('/indikatorer', reads, { role: 'auditor' });
    expect(wrapper.text()).not.toContain('Importera utfall från Kolada');
    expect(wrapper.findAll('form')).toHaveLength(0);
  });

  it("lets an admin define an indicator, putting the API's refusals beside the fields", async () => {
    const refusal = {
      statusCode: 400,
      error: 'Bad Request',
      message: 'The request body is not valid',
      issues: [
        { path: ['name'], message: 'must not be empty' },
        { path: ['koladaKpiId'], message: 'must be a Kolada KPI id: a letter and five digits, e.g. N00945' },
      ],
    };
    const { wrapper, api } = await mountIndicatorsRoute('/indikatorer', { ...reads, 'POST /api/indicators': { status: 400, body: refusal } }, { role: 'admin' });
    await wrapper.get('#define-kolada').setValue('XYZ');
    await wrapper.get('#define-indicator-heading + form').trigger('submit');
    await vi.waitFor(() => expect(wrapper.find('#define-name-error').exists()).toBe(true));
    expect(wrapper.get('#define-name-error').text()).toBe('Fyll i fältet.');
    expect(wrapper.get('#define-kolada-error').text()).toBe('must be a Kolada KPI id: a letter and five digits, e.g. N00945');
    expect(wrapper.get('#define-kolada').attributes('aria-describedby')).toBe('define-kolada-error define-kolada-hint');
    expect(document.activeElement?.id).toBe('define-name');
    expect(wrapper.text()).toContain('Inget sparades.');
    expect(api.calls.at(-1)?.body).toMatchObject({ name: '', koladaKpiId: 'XYZ', unit: 'percent', tolerance: 0 });
  });

  it('opens the new indicator once it is defined', async () => {
    const created = { indicatorId: 'invanare', streamId: 'indicator-invanare', revision: 0, position: '49', changed: true };
    const { wrapper, router } = await mountIndicatorsRoute(
      '/indikatorer',
      { ...reads, 'POST /api/indicators': { status: 201, body: created }, 'GET /api/indicators/invanare': { status: 404, body: { statusCode: 404, error: 'Not Found', message: 'x' } } },
      { role: 'admin' },
    );
    for (const [id, value] of [['#define-name', 'Invånare'], ['#define-measurementMethod', 'Kolada'], ['#define-dataSource', 'Kolada'], ['#define-id', 'invanare']] as const) {
      await wrapper.get(id).setValue(value);
    }
    await wrapper.get('#define-indicator-heading + form').trigger('submit');
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/indikatorer/invanare'));
  });
});
