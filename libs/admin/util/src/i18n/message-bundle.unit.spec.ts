import { describe, expect, it } from 'vitest';
import { commonMessages } from './common.messages';
import { createAdminI18n } from './create-admin-i18n';
import { mergeBundles, messageKeys } from './message-bundle';

describe('message bundles', () => {
  it('has every common string in both languages', () => {
    expect(messageKeys(commonMessages.en)).toEqual(messageKeys(commonMessages.sv));
  });

  it('merges feature bundles and refuses two owners of one name', () => {
    const plans = { sv: { plans: { title: 'Planer' } }, en: { plans: { title: 'Plans' } } };
    expect(messageKeys(mergeBundles([plans]).en)).toEqual(['plans.title']);
    expect(() => mergeBundles([plans, plans])).toThrow('Two message bundles define "plans" (sv)');
  });

  it('translates the shared vocabulary, keys with hyphens included', () => {
    const i18n = createAdminI18n({ locale: 'en' });
    expect(i18n.global.t('change.carried-forward')).toBe('Carried forward');
    i18n.global.locale.value = 'sv';
    expect(i18n.global.t('role.auditor')).toBe('Revisor');
    expect(i18n.global.t('common.contractError', { path: '/api/x' })).toBe('Servern gav ett oväntat svar (/api/x).');
  });
});
