import {
  auditPageSize,
  createFakeApi,
  sampleAuditEvents,
  sampleEventsPage,
  sampleVerificationBroken,
  sampleVerificationOk,
  type AuditEvent,
  type FakeRoute,
} from '@goaltrail/admin-data-access';
import { createAdminI18n, type LocaleCode } from '@goaltrail/admin-util';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, createRouter, RouterView } from 'vue-router';
import { auditMessages } from '../audit.messages';
import { auditRoutes } from '../audit.routes';

const api: Record<string, FakeRoute> = {
  'GET /api/events': (_call, url) => ({ body: sampleEventsPage(url) }),
  'GET /api/audit/verify': { body: sampleVerificationOk },
};

async function mountAudit(path = '/granskning', routes: Record<string, FakeRoute> = {}, locale: LocaleCode = 'sv') {
  const fake = createFakeApi({ ...api, ...routes });
  vi.stubGlobal('fetch', fake.fetch);
  const pinia = createPinia();
  setActivePinia(pinia);
  const router = createRouter({ history: createMemoryHistory(), routes: auditRoutes });
  await router.push(path);
  await router.isReady();
  const wrapper = mount(defineComponent({ render: () => h(RouterView) }), {
    attachTo: document.body,
    global: { plugins: [pinia, router, createAdminI18n({ locale, bundles: [auditMessages] })] },
  });
  await flushPromises();
  return { wrapper, router, fake };
}

const rowTexts = (wrapper: Awaited<ReturnType<typeof mountAudit>>['wrapper']) =>
  wrapper.findAll('tbody tr').map((row) => row.findAll('th, td').map((cell) => cell.text()));

describe('AuditView', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    document.body.innerHTML = '';
  });

  it('shows the intact chain in green with the count, and every loaded event with its columns', async () => {
    const { wrapper } = await mountAudit();
    expect(wrapper.get('h1').text()).toBe('Granskning');
    const verify = wrapper.get('section.verify');
    expect(verify.classes()).toContain('verify--ok');
    expect(verify.get('[role="status"]').text()).toContain('Obruten kedja: alla 6 händelser stämmer.');
    const rows = rowTexts(wrapper);
    expect(rows).toHaveLength(6);
    expect(rows[5]?.slice(2)).toEqual([
      '2005-03-01',
      'plan-socialnamnden-2005 version 2',
      'GoalReworded',
      'pia.planner',
      'Planerare',
      'Förtydligat, efter "dialog"\nmed revisorerna',
      'SOCN 2005/7 § 12',
    ]);
    expect(wrapper.get('.count').text()).toBe('Visar 6 av 6 inlästa händelser.');
  });

  it('narrows by type in the browser and puts the filter in the address', async () => {
    const { wrapper, router, fake } = await mountAudit();
    await wrapper.get('#audit-type').setValue('GoalAdded');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ type: 'GoalAdded' });
    expect(rowTexts(wrapper).map((cells) => cells[4])).toEqual(['GoalAdded']);
    expect(wrapper.get('.count').text()).toBe('Visar 1 av 6 inlästa händelser.');
    expect(fake.calls.filter((call) => call.path.startsWith('/api/events'))).toHaveLength(1);
  });

  it("asks the API for a stream prefix and reads the log again", async () => {
    const { wrapper, fake } = await mountAudit();
    await wrapper.get('#audit-stream').setValue('lineage-');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(fake.calls.at(-1)?.path).toBe('/api/events?limit=100&stream=lineage-');
    expect(rowTexts(wrapper).map((cells) => cells[4])).toEqual(['GoalsLinked']);
  });

  it('exports exactly the filtered rows as a CSV download', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (blobs.push(blob as Blob), 'blob:events'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { wrapper } = await mountAudit('/granskning?actor=system:seed');
    const button = wrapper.findAll('button').find((entry) => entry.text().startsWith('Exportera CSV'));
    expect(button?.text()).toBe('Exportera CSV (4 händelser)');
    await button?.trigger('click');
    expect(clicked).toHaveBeenCalledOnce();
    const csv = await blobs[0]?.text();
    expect(csv?.split('\r\n').filter(Boolean)).toHaveLength(1 + 4);
    expect(wrapper.get('.exported').text()).toMatch(/^Filen handelselogg-\d{8}-\d{6}\.csv med 4 händelser är skapad\.$/);
  });

  it('shows a broken chain in red with the first broken position, and checks again on request', async () => {
    let answer = sampleVerificationBroken;
    const { wrapper, fake } = await mountAudit('/granskning', { 'GET /api/audit/verify': () => ({ body: answer }) });
    const verify = wrapper.get('section.verify');
    expect(verify.classes()).toContain('verify--broken');
    expect(verify.text()).toContain('Bruten kedja vid position 4: 4 händelser kontrollerade.');
    expect(verify.text()).toContain('does not match its hash');
    answer = sampleVerificationOk;
    await verify.get('button').trigger('click');
    await flushPromises();
    expect(wrapper.get('section.verify').classes()).toContain('verify--ok');
    expect(fake.calls.filter((call) => call.path === '/api/audit/verify')).toHaveLength(2);
  });

  it('loads further pages on request and, when none is left, moves focus to the count it changed', async () => {
    const samples = sampleAuditEvents();
    const many = Array.from({ length: auditPageSize + 3 }, (_, index) => ({ ...(samples[index % samples.length] as AuditEvent), position: String(index + 1) }));
    const { wrapper } = await mountAudit('/granskning', { 'GET /api/events': (_call, url) => ({ body: sampleEventsPage(url, many) }) });
    expect(wrapper.get('.count').text()).toBe(`Visar ${auditPageSize} av ${auditPageSize} inlästa händelser.`);
    const more = wrapper.findAll('button').find((button) => button.text() === 'Läs in fler händelser');
    await more?.trigger('click');
    await flushPromises();
    expect(wrapper.get('.count').text()).toBe(`Visar ${auditPageSize + 3} av ${auditPageSize + 3} inlästa händelser.`);
    expect(wrapper.findAll('button').some((button) => button.text() === 'Läs in fler händelser')).toBe(false);
    expect(document.activeElement).toBe(wrapper.get('.count').element);
  });

  it('says so when no loaded event matches, and speaks English when asked', async () => {
    const { wrapper } = await mountAudit('/granskning?type=NoSuchEvent', {}, 'en');
    expect(wrapper.get('h1').text()).toBe('Audit');
    expect(wrapper.text()).toContain('No loaded events match the filters.');
    expect(wrapper.get<HTMLSelectElement>('#audit-type').element.value).toBe('NoSuchEvent');
  });
});
