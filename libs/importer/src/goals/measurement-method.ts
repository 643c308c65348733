// "(Mäts genom brukarundersökning)" at the end of a statement, as in the 2005 seed. [^()] keeps each
// attempt to one parenthesis, so a long statement is scanned in linear time.
const trailingMethod = /\(\s*(?:mäts|mätes|följs upp)\s+(?:genom|via|med|i)\s*:?\s*([^()]*?)\s*\)\s*\.?$/iu;

/** Splits "(Mäts genom …)" off the end of a statement; the method is returned without the wrapper. */
export function splitTrailingMethod(statement: string): { text: string; method: string | null } {
  const match = trailingMethod.exec(statement);
  if (!match) return { text: statement, method: null };
  const method = cleanMethod(match[1] ?? '');
  return { text: statement.slice(0, match.index).trimEnd(), method: method === '' ? null : method };
}

/** A method or indicator name without the punctuation that tied it to the text around it. */
export function cleanMethod(text: string): string {
  return text.replace(/^[\s:–-]+/u, '').replace(/[\s.,;:–(-]+$/u, '');
}
