import { sampleHistory } from '@goaltrail/admin-data-access';
import type { VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { baseRoutes, draft2021, plansPath, written } from '../testing/draft-samples';
import { mountDraftRoute } from '../testing/mount-draft-route';

const goalPath = '/api/goals/g-2020-o1';
const theirWords = 'Socialnämnden ska ha en tydlig, förståelig och rättssäker myndighetsutövning';
// The goal's history after someone else reworded it in the 2021 draft.
const [, reworded] = sampleHistory.entries;
if (!reworded) throw new Error('the sample history has a rewording');
const theirHistory = {
  ...sampleHistory,
  goalId: 'g-2020-o1',
  entries: [{ ...reworded, year: 2021, actor: 'anna.admin', goal: { ...reworded.goal, goalId: 'g-2020-o1', text: theirWords, revision: 1 } }],
};

async function openReword(wrapper: VueWrapper) {
  const button = wrapper.findAll('button').find((candidate) => candidate.text() === 'Formulera om nämndmål 1 i En öppen kommun');
  await button?.trigger('click');
  return wrapper.get('form[aria-label="Formulera om nämndmål 1 i En öppen kommun"]');
}

describe('rewording a goal of the draft', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('sends the revision the editor saw with the reason, then closes and gives focus back', async () => {
    const { wrapper, api } = await mountDraftRoute('/planer/socialnamnden/2021/utkast', {
      ...baseRoutes,
      [`GET ${plansPath}/2021`]: { body: draft2021 },
      [`PATCH ${goalPath}`]: written,
    });
    const form = await openReword(wrapper);
    expect(document.activeElement?.id).toBe('reword-g-2020-o1-text');
    await form.get('textarea').setValue('Ny lydelse');
    await form.get('input').setValue('Tydligare');
    await form.trigger('submit');
    await vi.waitFor(() => expect(wrapper.find('form[aria-label^="Formulera om"]').exists()).toBe(false));
    expect(api.calls.find((call) => call.method === 'PATCH')?.body).toEqual({ text: 'Ny lydelse', reason: 'Tydligare', expectedRevision: 0 });
    expect(wrapper.get('[role="status"]').text()).toBe('Den nya lydelsen är sparad.');
    expect(document.activeElement?.textContent).toContain('Formulera om');
  });

  it("on a conflict shows the other person's words and name, and can save on top of them", async () => {
    let current = 0;
    const { wrapper, api } = await mountDraftRoute('/planer/socialnamnden/2021/utkast', {
      ...baseRoutes,
      [`GET ${plansPath}/2021`]: { body: draft2021 },
      [`GET ${goalPath}/history`]: { body: theirHistory },
      [`PATCH ${goalPath}`]: (call) => {
        const seen = (call.body as { expectedRevision: number }).expectedRevision;
        if (seen !== 1) return { status: 409, body: { statusCode: 409, error: 'Conflict', message: 'stale', currentRevision: 1 } };
        current = 2;
        return written;
      },
    });
    const form = await openReword(wrapper);
    await form.get('textarea').setValue('Min lydelse');
    await form.get('input').setValue('Kortare');
    await form.trigger('submit');
    const alert = await vi.waitFor(() => wrapper.get('.conflict[role="alert"]'));
    expect(alert.text()).toContain(`Någon annan har ändrat målet: ”${theirWords}” (av anna.admin)`);
    expect(alert.text()).toContain('Min lydelse');
    expect(document.activeElement?.textContent).toContain('Spara min ändring ovanpå');
    await alert.findAll('button').find((button) => button.text() === 'Spara min ändring ovanpå')?.trigger('click');
    await vi.waitFor(() => expect(current).toBe(2));
    const patches = api.calls.filter((call) => call.method === 'PATCH').map((call) => call.body);
    expect(patches).toEqual([
      { text: 'Min lydelse', reason: 'Kortare', expectedRevision: 0 },
      { text: 'Min lydelse', reason: 'Kortare', expectedRevision: 1 },
    ]);
  });

  it('can discard its own change after a conflict', async () => {
    const { wrapper, api } = await mountDraftRoute('/planer/socialnamnden/2021/utkast', {
      ...baseRoutes,
      [`GET ${plansPath}/2021`]: { body: draft2021 },
      [`GET ${goalPath}/history`]: { body: theirHistory },
      [`PATCH ${goalPath}`]: { status: 409, body: { statusCode: 409, error: 'Conflict', message: 'stale', currentRevision: 1 } },
    });
    const form = await openReword(wrapper);
    await form.get('textarea').setValue('Min lydelse');
    await form.trigger('submit');
    const alert = await vi.waitFor(() => wrapper.get('.conflict'));
    await alert.findAll('button').find((button) => button.text() === 'Släng min ändring')?.trigger('click');
    expect(wrapper.find('.conflict').exists()).toBe(false);
    expect(wrapper.get('[role="status"]').text()).toContain('Din ändring slängdes');
    expect(api.calls.filter((call) => call.method === 'PATCH')).toHaveLength(1);
  });

  it('shows a missing reason beside the reason field', async () => {
    const refused = { statusCode: 400, error: 'Bad Request', message: 'not valid', issues: [{ path: ['reason'], message: 'must not be empty' }] };
    const { wrapper } = await mountDraftRoute('/planer/socialnamnden/2021/utkast', {
      ...baseRoutes,
      [`GET ${plansPath}/2021`]: { body: draft2021 },
      [`PATCH ${goalPath}`]: { status: 400, body: refused },
    });
    const form = await openReword(wrapper);
    await form.get('textarea').setValue('Ny lydelse');
    await form.trigger('submit');
    await vi.waitFor(() => expect(wrapper.find('#reword-g-2020-o1-reason-error').text()).toBe('Fyll i fältet.'));
    expect(wrapper.get('#reword-g-2020-o1-reason').attributes('aria-describedby')).toBe('reword-g-2020-o1-reason-error reword-g-2020-o1-reason-hint');
    expect(document.activeElement?.id).toBe('reword-g-2020-o1-reason');
  });
});
