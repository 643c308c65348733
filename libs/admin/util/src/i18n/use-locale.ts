import { computed, type WritableComputedRef } from 'vue';
import { useI18n } from 'vue-i18n';
import { isLocaleCode, type LocaleCode } from './message-bundle';

const storageKey = 'goaltrail.locale';

/** The language the person chose last time on this device, if any. */
export function storedLocale(): LocaleCode | null {
  try {
    const value = globalThis.localStorage?.getItem(storageKey);
    return isLocaleCode(value) ? value : null;
  } catch {
    // Storage can be disabled (privacy settings); the default language is then fine.
    return null;
  }
}

/** Marks the document's language so screen readers pronounce it right. */
export function applyDocumentLanguage(locale: LocaleCode): void {
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

/** The interface language: read it, or set it (remembered, and set on `<html lang>`). */
export function useLocale(): WritableComputedRef<LocaleCode> {
  const { locale } = useI18n({ useScope: 'global' });
  return computed({
    get: () => (isLocaleCode(locale.value) ? locale.value : 'sv'),
    set: (next: LocaleCode) => {
      locale.value = next;
      applyDocumentLanguage(next);
      try {
        globalThis.localStorage?.setItem(storageKey, next);
      } catch {
        // Not remembered, still switched.
      }
    },
  });
}
