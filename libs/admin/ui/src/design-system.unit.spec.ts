import { createAdminI18n } from '@goaltrail/admin-util';
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import UiBadge from './badge/UiBadge.vue';
import UiButton from './button/UiButton.vue';
import UiCard from './card/UiCard.vue';
import EmptyState from './empty-state/EmptyState.vue';
import LoadingState from './loading-state/LoadingState.vue';
import PageHeader from './page-header/PageHeader.vue';
import RoleBadge from './role-badge/RoleBadge.vue';

const i18n = (locale: 'sv' | 'en' = 'sv') => ({ global: { plugins: [createAdminI18n({ locale })] } });

describe('design system', () => {
  it('renders buttons as real buttons that stay focusable while busy', () => {
    const button = mount(UiButton, { props: { variant: 'primary', type: 'submit', busy: true }, slots: { default: 'Logga in' } });
    const element = button.get('button');
    expect(element.attributes()).toMatchObject({ type: 'submit', 'aria-busy': 'true', class: 'gt-button gt-button--primary' });
    expect(element.attributes('disabled')).toBeUndefined();
    expect(mount(UiButton, { slots: { default: 'Avbryt' } }).get('button').attributes('type')).toBe('button');
  });

  it('gives a badge its tone and a card the element asked for', () => {
    expect(mount(UiBadge, { props: { tone: 'success' }, slots: { default: 'Antagen' } }).classes()).toContain('gt-badge--success');
    expect(mount(UiCard, { props: { as: 'article' }, slots: { default: 'x' } }).element.tagName).toBe('ARTICLE');
  });

  it('gives the page one h1 with the lead and actions', () => {
    const header = mount(PageHeader, { props: { title: 'Planer', lead: 'Nämndens mål år för år' }, slots: { actions: '<button>Ny</button>' } });
    expect(header.get('h1').text()).toBe('Planer');
    expect(header.get('h1').attributes('id')).toBe('page-heading');
    expect(header.text()).toContain('Nämndens mål år för år');
    expect(header.find('.gt-page-header__actions button').exists()).toBe(true);
  });

  it('announces loading politely, in the interface language by default', () => {
    expect(mount(LoadingState, i18n('en')).get('[role="status"]').text()).toBe('Loading …');
    expect(mount(LoadingState, { props: { label: 'Hämtar planen …' }, ...i18n() }).text()).toBe('Hämtar planen …');
  });

  it('titles an empty state at the level the page needs', () => {
    const empty = mount(EmptyState, { props: { title: 'Inga planer', level: 3 }, slots: { default: 'Importera ett måldokument.' } });
    expect(empty.get('h3').text()).toBe('Inga planer');
    expect(empty.text()).toContain('Importera ett måldokument.');
  });

  it('translates roles and shows unknown ones as written', () => {
    expect(mount(RoleBadge, { props: { role: 'auditor' }, ...i18n() }).text()).toBe('Revisor');
    expect(mount(RoleBadge, { props: { role: 'planner' }, ...i18n('en') }).text()).toBe('Planner');
    expect(mount(RoleBadge, { props: { role: 'robot' }, ...i18n() }).text()).toBe('robot');
  });
});
