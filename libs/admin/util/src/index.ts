/** Swedish-format date and date-time display, `datetime-local` conversion and the ISO check of `asOf`. */
export {
  formatDate,
  formatDateTime,
  fromDateTimeLocalValue,
  isIsoDateTime,
  toDateTimeLocalValue,
} from './dates/format-dates';
/** Languages, message bundle types, merging and key listing. */
export {
  isLocaleCode,
  mergeBundles,
  messageKeys,
  supportedLocales,
  type LocaleCode,
  type MessageBundle,
  type MessageTree,
} from './i18n/message-bundle';
/** The shared vocabulary (roles, statuses, goal kinds, changes, relations) in Swedish and English. */
export { commonMessages } from './i18n/common.messages';
/** Builds the SPA's vue-i18n instance from feature bundles. */
export { createAdminI18n, type AdminI18n, type AdminI18nOptions } from './i18n/create-admin-i18n';
/** The chosen language: composable, remembered choice and `<html lang>`. */
export { applyDocumentLanguage, storedLocale, useLocale } from './i18n/use-locale';
/** A failed API call as the interface shows it, and one refused field. */
export type { FieldIssue, Problem } from './problem';
/** Route meta names (`titleKey`, `public`) and the same-app check of a sign-in redirect. */
export { safeRedirect } from './router/route-meta';
