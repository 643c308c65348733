// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { describe, expect, it } from 'vitest';
import { h } from 'vue';
import { useSessionStore } from '../session.store';
import { sampleUsers } from '../testing/sample-answers';
import CanEdit from './CanEdit.vue';

function mountAs(role: keyof typeof sampleUsers | null) {
  const pinia = createPinia();
  setActivePinia(pinia);
  useSessionStore().user = role ? sampleUsers[role] : null;
  return mount(CanEdit, {
    global: { plugins: [pinia] },
    slots: { default: () => h('button', 'Formulera om'), 'read-only': () => h('p', 'Endast läsbehörighet') },
  });
}

describe('CanEdit', () => {
  it.each(['admin', 'planner'] as const)('shows edit controls to a %s', (role) => {
    const wrapper = mountAs(role);
    expect(wrapper.find('button').exists()).toBe(true);
    expect(wrapper.text()).not.toContain('Endast läsbehörighet');
  });

  it.each(['auditor', null] as const)('shows only the read-only slot to %s', (role) => {
    const wrapper = mountAs(role);
    expect(wrapper.find('button').exists()).toBe(false);
    expect(wrapper.text()).toBe('Endast läsbehörighet');
  });
});
