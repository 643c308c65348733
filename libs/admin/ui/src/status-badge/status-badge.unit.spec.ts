import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import StatusBadge from './StatusBadge.vue';

describe('StatusBadge', () => {
  it('shows the word and a shape beside the colour, so it reads the same without colour', () => {
    const badge = mount(StatusBadge, { props: { status: 'red', label: 'Röd' } });
    expect(badge.classes()).toContain('gt-badge--danger');
    expect(badge.attributes('data-status')).toBe('red');
    expect(badge.text()).toBe('■ Röd');
    expect(badge.get('[aria-hidden="true"]').text()).toBe('■');
  });
});
