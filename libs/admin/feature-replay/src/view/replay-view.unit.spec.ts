import { sampleLiveEvent } from '@goaltrail/admin-data-access';
import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeEventSource, mountReplay } from '../testing/mount-replay';

async function until(wrapper: VueWrapper, text: string): Promise<void> {
  await vi.waitUntil(
    async () => {
      await flushPromises();
      return wrapper.text().includes(text);
    },
    { timeout: 3_000 },
  );
}

const status = (wrapper: VueWrapper) => wrapper.get('.status').text();
const liveRegion = (wrapper: VueWrapper) => wrapper.get('[aria-live="polite"]').text();
const button = (wrapper: VueWrapper, name: string) => {
  const found = wrapper.findAll('button').find((candidate) => candidate.text() === name || candidate.attributes('aria-label') === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
};

describe('ReplayView', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('reads the whole log, folds it, and stands at the last event with the plan it changed', async () => {
    const { wrapper, api } = await mountReplay();
    await until(wrapper, 'Händelse 13 av 13');
    expect(status(wrapper)).toBe('Händelse 13 av 13: Plan Socialnämnden 2020 antagen (SOCN 2019/123 § 45)');
    expect(liveRegion(wrapper)).toBe(status(wrapper));
    expect(wrapper.get('h1').text()).toBe('Återspela');
    expect(wrapper.text()).toContain('Andra händelser som inte återspelas (indikatorer, konton): 2');
    expect(wrapper.get('[data-fold-ms]').text()).toMatch(/^Vikt i webbläsaren på \d+ ms$/);
    expect(wrapper.get('#replay-plan-heading').text()).toBe('Socialnämnden: mål 2020');
    expect(wrapper.get('.plan').text()).toContain('En öppen kommun');
    expect(wrapper.get('.plan .head').text()).toContain('Ändras nu: Plan antagen');
    expect(api.calls.filter((call) => call.path.startsWith('/api/events')).map((call) => call.path)).toEqual(['/api/events?limit=1000']);
    expect(FakeEventSource.opened.map((source) => source.url)).toEqual(['/api/events/live?after=15']);
  });

  it('steps with the buttons and the slider, naming each change and showing both clocks', async () => {
    const { wrapper } = await mountReplay();
    await until(wrapper, 'Händelse 13 av 13');
    await button(wrapper, 'Till början').trigger('click');
    await until(wrapper, 'Händelse 1 av 13: Nämnden Socialnämnden registrerad');
    expect(wrapper.text()).toContain('Ingen plan vid den här händelsen');
    for (let step = 0; step < 5; step += 1) await button(wrapper, 'Nästa').trigger('click');
    await until(wrapper, 'Händelse 6 av 13: Effektmål 1 omformulerat i Socialnämnden 2005');
    expect(liveRegion(wrapper)).toBe('Händelse 6 av 13: Effektmål 1 omformulerat i Socialnämnden 2005');
    expect(wrapper.get('.change del').text()).toBe('Borttaget: 75');
    expect(wrapper.get('.change ins').text()).toBe('Tillagt: 80');
    expect(wrapper.get('.clocks').text()).toContain('2005-06-01');
    expect(wrapper.get('.goals li.changed').text()).toContain('Andelen nöjda brukare ska vara minst 80 %.');
    const slider = wrapper.get<HTMLInputElement>('input[type="range"]');
    expect(slider.attributes('aria-valuetext')).toMatch(/^Händelse 6 av 13, giltig från 2005-06-01, registrerad 2026-11-22/);
    await slider.setValue('10');
    await until(wrapper, 'Händelse 10 av 13: Släktskap: Inriktningsmål 2 (2005) till Nämndmål 1 under En öppen kommun (2020), sammanslaget');
    await button(wrapper, 'Föregående').trigger('click');
    await until(wrapper, 'Händelse 9 av 13: Nämndmål 1 under En öppen kommun tillagt i Socialnämnden 2020');
  });

  it('jumps to a year, keeps a chosen plan in view, and follows the changes again on request', async () => {
    const { wrapper } = await mountReplay();
    await until(wrapper, 'Händelse 13 av 13');
    await button(wrapper, '2020, händelser: 6').trigger('click');
    await until(wrapper, 'Händelse 7 av 13: Plan Socialnämnden 2020 påbörjad');
    const plan2005 = wrapper.findAll('.plans button').find((candidate) => candidate.text().startsWith('2005'));
    await plan2005?.trigger('click');
    await until(wrapper, 'Socialnämnden: mål 2005');
    expect(plan2005?.attributes('aria-pressed')).toBe('true');
    await button(wrapper, 'Nästa').trigger('click');
    await until(wrapper, 'Händelse 8 av 13');
    expect(wrapper.get('#replay-plan-heading').text()).toBe('Socialnämnden: mål 2005');
    await button(wrapper, 'Följ ändringarna').trigger('click');
    await until(wrapper, 'Socialnämnden: mål 2020');
  });

  it('adds live events to the timeline, following them from the end and counting them otherwise', async () => {
    const { wrapper } = await mountReplay();
    await until(wrapper, 'Händelse 13 av 13');
    FakeEventSource.opened[0]?.send(sampleLiveEvent);
    await until(wrapper, 'Händelse 14 av 14: Plan Socialnämnden 2021 påbörjad utifrån 2020');
    await button(wrapper, 'Till början').trigger('click');
    FakeEventSource.opened[0]?.send({ ...sampleLiveEvent, id: 'event-live-2', position: '17', revision: 1, type: 'PlanAdopted', data: { decisionRef: 'SN § 1', decidedOn: '2020-12-01' } });
    await until(wrapper, 'Nya händelser i loggen: 1.');
    expect(status(wrapper)).toBe('Händelse 1 av 15: Nämnden Socialnämnden registrerad');
  });

  it('shows the API’s problem with a way to try again', async () => {
    const { wrapper } = await mountReplay({ 'GET /api/events': { status: 503, body: { statusCode: 503, error: 'Service Unavailable', message: 'Lagret svarar inte' } } });
    await until(wrapper, 'Lagret svarar inte');
    expect(wrapper.find('[role="alert"]').exists()).toBe(true);
    expect(wrapper.find('input[type="range"]').exists()).toBe(false);
  });

  it('speaks English when asked', async () => {
    const { wrapper } = await mountReplay({}, 'en');
    await until(wrapper, 'Event 13 of 13');
    expect(status(wrapper)).toBe('Event 13 of 13: Plan Socialnämnden 2020 adopted (SOCN 2019/123 § 45)');
    expect(wrapper.get('label[for="replay-slider"]').text()).toBe('Event in the log');
  });
});
