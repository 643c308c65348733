import { readFileSync } from 'node:fs';

const seed2020 = readFileSync('libs/importer/src/samples/socialnamndens-mal-2020.txt', 'utf8');
const seed2005 = readFileSync('libs/importer/src/samples/socialnamndens-mal-2005.txt', 'utf8');

// The real 2020 focus areas (wrapped bullets, a hyphenated word, Word's glyph bullets) and the real
// 2005 effect goals with their "(Mäts genom …)" methods and the 75 % target, as one repeatable section.
const focusAreas = seed2020.slice(seed2020.indexOf('Kommunfullmäktiges strategiska'));
const effectGoals = seed2005.slice(seed2005.indexOf('1. Andelen nöjda'), seed2005.indexOf('\t\n'));

/** A section of the generated document: the 2020 areas renamed by index, then the 2005 effect goals as their goals. */
function section(index: number): string {
  const renamed = focusAreas.replace(/^ (En [^\n]+)$/gmu, ` $1 ${index}`);
  return `${renamed}\nKommunfullmäktiges strategiska inriktningsområde: \n\n Uppföljning ${index}\nSocialnämndens mål: \n${effectGoals}\n`;
}

/** A goal document of at least `bytes` characters, built with one join (no quadratic concatenation). */
export function generateDocument(bytes: number): string {
  const parts = ['Socialnämnden', '', 'Socialnämndens mål 2020'];
  let length = 0;
  for (let index = 1; length < bytes; index += 1) {
    const next = section(index);
    parts.push(next);
    length += next.length + 1;
  }
  return parts.join('\n');
}
