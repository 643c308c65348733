/** The interface languages; Swedish is the default and the fallback. */
export const supportedLocales = ['sv', 'en'] as const;

/** One of `supportedLocales`. */
export type LocaleCode = (typeof supportedLocales)[number];

/** A tree of translated strings, keyed by name. */
export interface MessageTree {
  [key: string]: string | MessageTree;
}

/** One feature's strings in every supported language. */
export type MessageBundle = Record<LocaleCode, MessageTree>;

/** Narrows an unknown value (e.g. from localStorage) to a supported locale. */
export function isLocaleCode(value: unknown): value is LocaleCode {
  return typeof value === 'string' && (supportedLocales as readonly string[]).includes(value);
}

/**
 * Merges feature bundles into one message tree per language. Each feature owns its top-level
 * names; two bundles claiming the same name is a programming error, so it throws.
 */
export function mergeBundles(bundles: readonly MessageBundle[]): MessageBundle {
  const merged: MessageBundle = { sv: {}, en: {} };
  for (const bundle of bundles) {
    for (const locale of supportedLocales) {
      for (const [name, tree] of Object.entries(bundle[locale])) {
        if (name in merged[locale]) throw new Error(`Two message bundles define "${name}" (${locale})`);
        merged[locale][name] = tree;
      }
    }
  }
  return merged;
}

/** Every key path of a tree (`plans.asOf.label`), sorted; tests compare languages with it. */
export function messageKeys(tree: MessageTree, prefix = ''): string[] {
  return Object.entries(tree)
    .flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : messageKeys(value, `${prefix}${key}.`)))
    .sort();
}
