import { normalizeText } from '@goaltrail/goals-domain';

// The goals domain's canonical form (NFC, collapsed whitespace, trimmed) is reused so that a name
// or method copied out of a PDF compares equal to the same words typed in the admin UI.

export function isBlank(text: unknown): boolean {
  return typeof text !== 'string' || normalizeText(text) === '';
}

/** Normalizes an optional text; a blank one becomes null. */
export function optionalText(text: string | null | undefined): string | null {
  return isBlank(text) ? null : normalizeText(text ?? '');
}

export { normalizeText };
