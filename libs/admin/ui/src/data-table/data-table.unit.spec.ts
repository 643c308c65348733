import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import DataTable from './DataTable.vue';

describe('DataTable', () => {
  it('names its scroll region by the caption, heads the columns and puts the rows in the body', () => {
    const table = mount(DataTable, {
      props: { caption: 'Indikatorer', columns: ['Namn', 'Enhet'] },
      slots: { default: '<tr><th scope="row">Nöjdhet</th><td>Procent</td></tr>' },
    });
    const region = table.get('[role="region"]');
    expect(region.attributes()).toMatchObject({ 'aria-label': 'Indikatorer', tabindex: '0', class: 'gt-table-wrap' });
    expect(table.get('table').classes()).toContain('gt-table');
    expect(table.get('caption').text()).toBe('Indikatorer');
    expect(table.findAll('thead th').map((head) => [head.text(), head.attributes('scope')])).toEqual([
      ['Namn', 'col'],
      ['Enhet', 'col'],
    ]);
    expect(table.get('tbody th[scope="row"]').text()).toBe('Nöjdhet');
  });
});
