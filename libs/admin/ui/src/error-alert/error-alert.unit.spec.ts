import { createAdminI18n, type Problem } from '@goaltrail/admin-util';
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import ErrorAlert from './ErrorAlert.vue';

const mountAlert = (props: InstanceType<typeof ErrorAlert>['$props'], locale: 'sv' | 'en' = 'sv') =>
  mount(ErrorAlert, { props, global: { plugins: [createAdminI18n({ locale })] } });

const problem = (overrides: Partial<Problem>): Problem => ({
  kind: 'http',
  status: 400,
  message: 'The request body is not valid',
  issues: [],
  rule: null,
  path: null,
  ...overrides,
});

describe('ErrorAlert', () => {
  it('announces the message as an alert', () => {
    const wrapper = mountAlert({ message: 'Servern svarar inte' });
    expect(wrapper.get('[role="alert"]').text()).toContain('Servern svarar inte');
    expect(wrapper.find('button').exists()).toBe(false);
  });

  it("shows the API's message, title and every refused field", () => {
    const issues = [
      { path: ['reason'], message: 'must not be empty' },
      { path: ['decidedOn'], message: 'must be a date as YYYY-MM-DD' },
    ];
    const wrapper = mountAlert({ title: 'Kunde inte spara', problem: problem({ issues }) });
    const items = wrapper.findAll('li').map((item) => item.text());
    expect(wrapper.text()).toContain('Kunde inte spara');
    expect(wrapper.text()).toContain('The request body is not valid');
    expect(items).toEqual(['reason must not be empty', 'decidedOn must be a date as YYYY-MM-DD']);
  });

  it('explains network and contract failures in the chosen language', () => {
    expect(mountAlert({ problem: problem({ kind: 'network', status: 0 }) }, 'en').text()).toContain('The server is not answering');
    expect(mountAlert({ problem: problem({ kind: 'contract', path: '/api/committees' }) }).text()).toContain(
      'Servern gav ett oväntat svar (/api/committees).',
    );
  });

  it('offers a retry button that emits retry', async () => {
    const wrapper = mountAlert({ message: 'Fel', retryLabel: 'Försök igen' });
    await wrapper.get('button').trigger('click');
    expect(wrapper.emitted('retry')).toHaveLength(1);
  });
});
