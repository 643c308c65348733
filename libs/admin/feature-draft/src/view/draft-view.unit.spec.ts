import { afterEach, describe, expect, it, vi } from 'vitest';
import { baseRoutes, draft2021, noPlan, plansPath, written } from '../testing/draft-samples';
import { mountDraftRoute } from '../testing/mount-draft-route';

describe('drafting a year', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('offers to carry the latest year forward when the year has no plan, then opens the draft', async () => {
    let drafted = false;
    const { wrapper, api } = await mountDraftRoute('/planer/socialnamnden/2021/utkast', {
      ...baseRoutes,
      [`GET ${plansPath}/2021`]: () => (drafted ? { body: draft2021 } : noPlan),
      [`POST ${plansPath}/2021`]: () => ((drafted = true), { status: 201, ...written }),
    });
    expect(wrapper.get('h1').text()).toBe('socialnamnden: utkast 2021');
    const choices = wrapper.findAll('input[type="radio"]');
    expect(choices.map((choice) => choice.element.parentElement?.textContent?.trim())).toEqual([
      'För vidare 2020 (Antagen, 2 mål)',
      'För vidare 2005 (Utkast, 3 mål)',
      'Börja med ett tomt utkast',
    ]);
    expect((choices[0]?.element as HTMLInputElement).checked).toBe(true);
    await wrapper.get('form').trigger('submit');
    await vi.waitFor(() => expect(wrapper.find('#draft-goals-heading').exists()).toBe(true));
    expect(api.calls.find((call) => call.method === 'POST')?.body).toEqual({ fromYear: 2020 });
    expect(document.activeElement?.id).toBe('draft-goals-heading');
    expect(wrapper.text()).toContain('Förd vidare från 2020');
  });

  it('shows an adopted year as adopted, with no editing', async () => {
    const adopted = { ...draft2021, status: 'adopted' as const, adoption: { decisionRef: 'SOCN 2020/98 § 12', decidedOn: '2020-12-14' } };
    const { wrapper } = await mountDraftRoute('/planer/socialnamnden/2021/utkast', { ...baseRoutes, [`GET ${plansPath}/2021`]: { body: adopted } });
    expect(wrapper.get('#adopted-heading').text()).toBe('Planen 2021 är antagen');
    expect(wrapper.text()).toContain('Beslut SOCN 2020/98 § 12, 2020-12-14.');
    expect(wrapper.findAll('form')).toHaveLength(0);
  });

  it('adopts with the decision, then says the plan is adopted and moves focus there', async () => {
    let adopted = false;
    const decision = { decisionRef: 'SOCN 2020/98 § 12', decidedOn: '2020-12-14' };
    const { wrapper, api } = await mountDraftRoute('/planer/socialnamnden/2021/utkast', {
      ...baseRoutes,
      [`GET ${plansPath}/2021`]: () => ({ body: adopted ? { ...draft2021, status: 'adopted', adoption: decision } : draft2021 }),
      [`POST ${plansPath}/2021/adopt`]: () => ((adopted = true), written),
    });
    await wrapper.get('#adopt-decision-ref').setValue(decision.decisionRef);
    await wrapper.get('#adopt-decided-on').setValue(decision.decidedOn);
    await wrapper.get('section[aria-labelledby="adopt-heading"] form').trigger('submit');
    await vi.waitFor(() => expect(wrapper.find('#adopted-heading').exists()).toBe(true));
    expect(api.calls.find((call) => call.path.endsWith('/adopt'))?.body).toEqual(decision);
    expect(document.activeElement?.id).toBe('adopted-heading');
  });

  it('puts a refused decision date beside its field, in Swedish, and focuses it', async () => {
    const refused = { statusCode: 400, error: 'Bad Request', message: 'not valid', issues: [{ path: ['decidedOn'], message: 'must be a date as YYYY-MM-DD' }] };
    const { wrapper } = await mountDraftRoute('/planer/socialnamnden/2021/utkast', {
      ...baseRoutes,
      [`GET ${plansPath}/2021`]: { body: draft2021 },
      [`POST ${plansPath}/2021/adopt`]: { status: 400, body: refused },
    });
    await wrapper.get('#adopt-decision-ref').setValue('SOCN 2020/98 § 12');
    await wrapper.get('section[aria-labelledby="adopt-heading"] form').trigger('submit');
    await vi.waitFor(() => expect(wrapper.find('#adopt-decided-on-error').exists()).toBe(true));
    const field = wrapper.get('#adopt-decided-on');
    expect(field.attributes('aria-invalid')).toBe('true');
    expect(field.attributes('aria-describedby')).toBe('adopt-decided-on-error');
    expect(wrapper.get('#adopt-decided-on-error').text()).toBe('Ange ett datum (ÅÅÅÅ-MM-DD).');
    expect(wrapper.get('section[aria-labelledby="adopt-heading"] [role="alert"]').text()).toContain('Rätta de markerade fälten');
    expect(document.activeElement?.id).toBe('adopt-decided-on');
  });

  it('shows an auditor no drafting controls, only the way back to the plans', async () => {
    const { wrapper } = await mountDraftRoute('/planer/socialnamnden/2021/utkast', { ...baseRoutes, [`GET ${plansPath}/2021`]: noPlan }, { role: 'auditor' });
    expect(wrapper.findAll('button')).toHaveLength(0);
    expect(wrapper.findAll('form')).toHaveLength(0);
    expect(wrapper.text()).toContain('Du har läsbehörighet');
  });

  it('speaks English', async () => {
    const { wrapper } = await mountDraftRoute('/planer/socialnamnden/2021/utkast', { ...baseRoutes, [`GET ${plansPath}/2021`]: { body: draft2021 } }, { locale: 'en' });
    expect(wrapper.get('h1').text()).toBe('socialnamnden: draft 2021');
    expect(wrapper.get('#adopt-heading').text()).toBe('Adopt the 2021 plan');
    expect(wrapper.findAll('button').map((button) => button.text())).toContain('Reword committee goal 1 in En öppen kommun');
  });
});
