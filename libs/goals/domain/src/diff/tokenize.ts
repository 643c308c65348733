import { normalizeText } from '../shared/text';

/** A word or a punctuation mark, and whether whitespace preceded it in its text. */
export type WordToken = { readonly text: string; readonly spaceBefore: boolean };

// A word is a run of letters (any script, so å ä ö and combining marks), digits, joined by inner
// hyphens or apostrophes ("e-post", "Nacka's"); any other non-space character is a token of its own,
// so "(Mäts" is "(" + "Mäts" and "75 %" is "75" + "%".
const tokenPattern = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;

/** Splits a wording into word and punctuation tokens after normalising it (NFC, whitespace). */
export function tokenize(text: string): WordToken[] {
  const normalized = normalizeText(text);
  return [...normalized.matchAll(tokenPattern)].map((match) => ({
    text: match[0],
    spaceBefore: match.index > 0 && normalized[match.index - 1] === ' ',
  }));
}
