import { afterEach, describe, expect, it, vi } from 'vitest';
import { baseRoutes, draft2021, plansPath, written } from '../testing/draft-samples';
import { mountDraftRoute } from '../testing/mount-draft-route';

const draftRoutes = { ...baseRoutes, [`GET ${plansPath}/2021`]: { body: draft2021 } };
// The draft as read after adding a second goal to its first focus area.
const [firstArea, ...otherAreas] = draft2021.sections;
const firstGoal = firstArea?.goals[0];
if (!firstArea || !firstGoal) throw new Error('the sample draft starts with a focus area holding a goal');
const withSecondGoal = {
  ...draft2021,
  sections: [{ ...firstArea, goals: [...firstArea.goals, { ...firstGoal, goalId: 'g-new', number: 2, carriedFrom: null }] }, ...otherAreas],
};
const posted = (calls: { method: string; path: string; body: unknown }[], path: string) => calls.find((call) => call.method === 'POST' && call.path === path)?.body;

describe('the forms of the draft', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('adds a committee goal under a focus area with the next free number', async () => {
    let added = false;
    const { wrapper, api } = await mountDraftRoute('/planer/socialnamnden/2021/utkast', {
      ...draftRoutes,
      [`GET ${plansPath}/2021`]: () => ({ body: added ? withSecondGoal : draft2021 }),
      [`POST ${plansPath}/2021/goals`]: () => ((added = true), { status: 201, body: { ...written.body, goalId: 'g-new' } }),
    });
    expect((wrapper.get('#add-goal-kind').element as HTMLSelectElement).value).toBe('committee');
    expect((wrapper.get('#add-goal-area').element as HTMLSelectElement).value).toBe('en-oppen-kommun');
    expect((wrapper.get('#add-goal-number').element as HTMLInputElement).value).toBe('2');
    await wrapper.get('#add-goal-text').setValue('Socialnämnden ska vara lätt att nå');
    await wrapper.get('#add-goal-method').setValue('brukarundersökning');
    await wrapper.get('section[aria-labelledby="add-goal-heading"] form').trigger('submit');
    await vi.waitFor(() => expect(wrapper.get('[role="status"]').text()).toBe('Målet nämndmål 2 är tillagt.'));
    expect(posted(api.calls, `${plansPath}/2021/goals`)).toEqual({
      kind: 'committee',
      number: 2,
      text: 'Socialnämnden ska vara lätt att nå',
      measurementMethod: 'brukarundersökning',
      focusAreaId: 'en-oppen-kommun',
    });
    expect((wrapper.get('#add-goal-text').element as HTMLTextAreaElement).value).toBe('');
    // The next goal in the same area gets the next number.
    expect((wrapper.get('#add-goal-number').element as HTMLInputElement).value).toBe('3');
  });

  it('puts a taken number beside the number field', async () => {
    const taken = { statusCode: 422, error: 'Unprocessable Entity', message: 'Number 1 is taken', rule: 'goal-numbers-are-unique-in-a-section' };
    const { wrapper } = await mountDraftRoute('/planer/socialnamnden/2021/utkast', { ...draftRoutes, [`POST ${plansPath}/2021/goals`]: { status: 422, body: taken } });
    await wrapper.get('#add-goal-number').setValue('1');
    await wrapper.get('#add-goal-text').setValue('Ett mål');
    await wrapper.get('section[aria-labelledby="add-goal-heading"] form').trigger('submit');
    await vi.waitFor(() => expect(wrapper.find('#add-goal-number-error').exists()).toBe(true));
    expect(wrapper.get('#add-goal-number-error').text()).toBe('Numret används redan i den delen av planen.');
    expect(wrapper.get('#add-goal-number').attributes('aria-invalid')).toBe('true');
    expect(wrapper.find('#add-goal-text').attributes('aria-invalid')).toBeUndefined();
  });

  it('adds a focus area with its id made from the title and one bullet per line', async () => {
    const { wrapper, api } = await mountDraftRoute('/planer/socialnamnden/2021/utkast', {
      ...draftRoutes,
      [`POST ${plansPath}/2021/focus-areas`]: { status: 201, body: { ...written.body, focusAreaId: 'en-trygg-kommun' } },
    });
    await wrapper.get('#add-area-title').setValue('En trygg kommun');
    await wrapper.get('#add-area-description').setValue('Där alla känner sig trygga\n\n Där ingen lämnas ensam ');
    await wrapper.get('section[aria-labelledby="add-area-heading"] form').trigger('submit');
    await vi.waitFor(() => expect(wrapper.get('[role="status"]').text()).toBe('Inriktningsområdet En trygg kommun är tillagt.'));
    expect(posted(api.calls, `${plansPath}/2021/focus-areas`)).toEqual({
      focusAreaId: 'en-trygg-kommun',
      title: 'En trygg kommun',
      description: ['Där alla känner sig trygga', 'Där ingen lämnas ensam'],
    });
  });

  it('retires a goal with the reason given and moves focus to the list heading', async () => {
    const { wrapper, api } = await mountDraftRoute('/planer/socialnamnden/2021/utkast', { ...draftRoutes, 'POST /api/goals/g-2020-l1/retire': written });
    await wrapper.findAll('button').find((button) => button.text() === 'Avsluta nämndmål 1 i En lärande kommun')?.trigger('click');
    const form = wrapper.get('form[aria-label="Avsluta nämndmål 1 i En lärande kommun"]');
    expect(document.activeElement?.id).toBe('retire-g-2020-l1-reason');
    await form.get('input').setValue('Ingår i samverkansmålet');
    await form.trigger('submit');
    await vi.waitFor(() => expect(posted(api.calls, '/api/goals/g-2020-l1/retire')).toEqual({ reason: 'Ingår i samverkansmålet' }));
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('draft-goals-heading'));
    expect(wrapper.get('[role="status"]').text()).toBe('Målet nämndmål 1 i En lärande kommun är avslutat i utkastet.');
  });

  it('links a goal of the previous year to a goal of the draft with its rationale', async () => {
    const { wrapper, api } = await mountDraftRoute('/planer/socialnamnden/2021/utkast', { ...draftRoutes, 'POST /api/lineage': { status: 201, ...written } });
    const options = wrapper.get('#link-from').findAll('optgroup').map((group) => group.attributes('label'));
    expect(options).toEqual(['En öppen kommun', 'En lärande kommun']);
    await wrapper.get('#link-from').setValue('g-2020-l1');
    await wrapper.get('#link-relation').setValue('split');
    await wrapper.get('#link-to').setValue('g-2020-o1');
    await wrapper.get('#link-rationale').setValue('Samverkan blev en del av myndighetsutövningen');
    await wrapper.get('section[aria-labelledby="link-heading"] form').trigger('submit');
    await vi.waitFor(() => expect(wrapper.get('[role="status"]').text()).toBe('Kopplingen (Delat) är sparad.'));
    expect(posted(api.calls, '/api/lineage')).toEqual({
      fromGoalId: 'g-2020-l1',
      toGoalId: 'g-2020-o1',
      relation: 'split',
      rationale: 'Samverkan blev en del av myndighetsutövningen',
      fromYear: 2020,
      toYear: 2021,
    });
  });

  it('records a retired link without a later goal', async () => {
    const { wrapper, api } = await mountDraftRoute('/planer/socialnamnden/2021/utkast', { ...draftRoutes, 'POST /api/lineage': { status: 201, ...written } });
    await wrapper.get('#link-from').setValue('g-2020-l1');
    await wrapper.get('#link-relation').setValue('retired');
    expect(wrapper.find('#link-to').exists()).toBe(false);
    await wrapper.get('#link-rationale').setValue('Uppdraget är slutfört');
    await wrapper.get('section[aria-labelledby="link-heading"] form').trigger('submit');
    await vi.waitFor(() => expect(posted(api.calls, '/api/lineage')).toMatchObject({ toGoalId: null, relation: 'retired' }));
  });
});
