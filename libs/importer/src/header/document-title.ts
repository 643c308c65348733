// "Socialnämnden", "Socialnämndens", "Kultur- och fritidsnämndens", "Kommunstyrelsen".
// A capital first letter: "nämndens mål" alone names no committee.
const committeeName =
  /(?<![\p{L}-])((?:\p{Lu}\p{L}{0,30}- (?:och|&) \p{Ll}\p{L}{0,30}|\p{Lu}\p{L}{0,30})(?:nämnden|styrelsen))s?(?![\p{L}])/u;
const yearPattern = /(?<![\d/-])(?:19|20)\d{2}(?![\d/]|-\d{2}-)/gu;

/** The first committee a short line names, in the nominative ("Socialnämndens" → "Socialnämnden"). */
export function readCommitteeName(text: string): string | null {
  if (text.length > 200) return null;
  const match = committeeName.exec(capitalised(text));
  return match ? (match[1] ?? null) : null;
}

/** Years (1900–2099) a line names, in order; "SN 2020/143" and "2020-11-25" are not plan years. */
export function readYears(text: string): number[] {
  if (text.length > 200) return [];
  return [...text.matchAll(yearPattern)].map((match) => Number(match[0]));
}

/** The committee's name as the document spells it, but "SOCIALNÄMNDEN" reads as "Socialnämnden". */
function capitalised(text: string): string {
  if (text !== text.toUpperCase()) return text;
  const capitalise = (_all: string, before: string, letter: string) => before + letter.toUpperCase();
  return text.toLowerCase().replace(/(^|[\s(])(\p{Ll})/gu, capitalise);
}

/** The same committee whatever the case and diacritics: "socialnamnden" matches "Socialnämnden". */
export function sameCommittee(a: string, b: string): boolean {
  return fold(a) === fold(b);
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '');
}

/** The year in a file name such as "socialnamndens-mal-2005.txt". */
export function yearFromFileName(fileName: string): number | null {
  const years = readYears(fileName.replace(/[_.-]/gu, ' '));
  return years[0] ?? null;
}
