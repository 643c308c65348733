import { commonMessages, messageKeys } from '@goaltrail/admin-util';
import { describe, expect, it } from 'vitest';
import { allMessageBundles, createAppI18n } from './i18n';

describe('translations', () => {
  it.each(allMessageBundles.map((bundle) => [Object.keys(bundle.sv).join(', '), bundle] as const))(
    'has every string of %s in both Swedish and English',
    (_name, bundle) => {
      expect(messageKeys(bundle.en)).toEqual(messageKeys(bundle.sv));
      expect(messageKeys(bundle.sv).length).toBeGreaterThan(0);
    },
  );

  it('has no empty strings in any language', () => {
    for (const bundle of [commonMessages, ...allMessageBundles]) {
      for (const locale of ['sv', 'en'] as const) {
        const empty = messageKeys(bundle[locale]).filter((key) => {
          const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], bundle[locale]);
          return typeof value !== 'string' || value.trim() === '';
        });
        expect(empty).toEqual([]);
      }
    }
  });

  it('starts in Swedish and marks the document language', () => {
    const i18n = createAppI18n();
    expect(i18n.global.locale.value).toBe('sv');
    expect(document.documentElement.lang).toBe('sv');
    expect(i18n.global.t('plans.document.title', { year: 2005 })).toBe('Mål 2005');
  });
});
