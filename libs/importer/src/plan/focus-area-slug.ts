/**
 * A focus area id from its title: "En attraktiv och växande kommun" → "en-attraktiv-och-vaxande-kommun".
 * Stable across years, so the council's area keeps its id and goals moving between areas show up.
 * Fits the API's slug rule (lower-case letters, digits and -, at most 63 characters).
 */
export function focusAreaSlug(title: string): string {
  const slug = title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
    .slice(0, 63)
    .replace(/-+$/u, '');
  return slug === '' ? 'focus-area' : slug;
}
