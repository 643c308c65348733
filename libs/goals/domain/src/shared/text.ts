/**
 * Canonical form of a wording: Unicode NFC (text copied out of PDFs often spells å, ä, ö as a
 * letter plus a combining mark), whitespace runs collapsed, ends trimmed. Two wordings that
 * differ only in these respects are the same wording.
 */
export function normalizeText(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

export function isBlank(text: string | null | undefined): boolean {
  return text === null || text === undefined || normalizeText(text) === '';
}

/** Normalizes an optional text; a blank one becomes null. */
export function optionalText(text: string | null | undefined): string | null {
  return isBlank(text) ? null : normalizeText(text ?? '');
}
