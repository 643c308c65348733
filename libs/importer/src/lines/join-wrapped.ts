// A hyphen before these words is a real compound hyphen ("handikapp- och övriga omsorger").
const conjunctions = new Set(['och', 'eller', 'samt', 'respektive', 'resp', 'resp.', 'som', 'till', '&']);

// Two or more letters before the hyphen: "ba-" is a broken word, "e-" in "e-tjänster" is a prefix.
const lowerHyphenEnd = /\p{Ll}\p{Ll}-$/u;
const wordHyphenEnd = /[\p{L}\d]-$/u;
const lowerStart = /^\p{Ll}/u;

/**
 * Joins the pieces of one statement that a document wrapped over several lines. A word that Word or
 * a PDF broke with a hyphen is mended ("ba-" + "lanserad" → "balanserad") only when at least two
 * lower-case letters come before the hyphen and a lower-case word that is not a conjunction follows;
 * "FN-" + "konventionen" and "e-" + "tjänster" keep their hyphen, and "hälso-" + "och sjukvård"
 * keeps hyphen and space.
 * Builds an array and joins once, so long statements cost linear time.
 */
export function joinWrapped(parts: readonly string[]): string {
  const out: string[] = [];
  let previous = '';
  for (const part of parts) {
    if (part === '') continue;
    if (out.length === 0) {
      out.push(part);
    } else {
      const glue = glueBetween(previous, part);
      const last = out.length - 1;
      if (glue === 'mend') out[last] = (out[last] ?? '').slice(0, -1);
      out.push(glue === 'space' ? ` ${part}` : part);
    }
    previous = part;
  }
  return out.join('');
}

type Glue = 'space' | 'mend' | 'keep-hyphen';

function glueBetween(previous: string, next: string): Glue {
  if (!previous.endsWith('-') || conjunctions.has(firstWord(next))) return 'space';
  if (lowerHyphenEnd.test(previous) && lowerStart.test(next)) return 'mend';
  if (wordHyphenEnd.test(previous)) return 'keep-hyphen';
  return 'space';
}

function firstWord(text: string): string {
  const space = text.indexOf(' ');
  return (space === -1 ? text : text.slice(0, space)).toLowerCase();
}
