import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import ErrorAlert from './ErrorAlert.vue';

describe('ErrorAlert', () => {
  it('announces the message as an alert', () => {
    const wrapper = mount(ErrorAlert, { props: { message: 'Servern svarar inte' } });
    expect(wrapper.get('[role="alert"]').text()).toContain('Servern svarar inte');
    expect(wrapper.find('button').exists()).toBe(false);
  });

  it('offers a retry button that emits retry', async () => {
    const wrapper = mount(ErrorAlert, { props: { message: 'Fel', retryLabel: 'Försök igen' } });
    await wrapper.get('button').trigger('click');
    expect(wrapper.emitted('retry')).toHaveLength(1);
  });
});
