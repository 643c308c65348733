import { createI18n } from 'vue-i18n';
import { commonMessages } from './common.messages';
import { mergeBundles, type LocaleCode, type MessageBundle } from './message-bundle';

/** Options of `createAdminI18n`. */
export interface AdminI18nOptions {
  locale?: LocaleCode;
  /** Feature bundles; the common vocabulary is always included. */
  bundles?: readonly MessageBundle[];
}

/** The SPA's vue-i18n instance (Composition API mode), Swedish unless told otherwise. */
export function createAdminI18n(options: AdminI18nOptions = {}) {
  return createI18n({
    legacy: false,
    locale: options.locale ?? 'sv',
    fallbackLocale: 'sv',
    messages: mergeBundles([commonMessages, ...(options.bundles ?? [])]),
    // A missing key shows as the key itself; the key-parity test catches it before a user does.
    missingWarn: false,
    fallbackWarn: false,
  });
}

/** The i18n instance `createAdminI18n` returns, for code that installs or drives it. */
export type AdminI18n = ReturnType<typeof createAdminI18n>;
