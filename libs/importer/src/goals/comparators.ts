import type { TargetComparator, TargetUnit } from '../preview';

// Each pattern is tried against at most 48 characters before a number, anchored at their end,
// so reading a comparator costs the same however long the statement is.
const notAfterLetter = String.raw`(?<![\p{L}])`;
const comparatorPatterns: readonly (readonly [RegExp, TargetComparator])[] = [
  [rx(String.raw`(?:ök|höj|stig|förbättr)\p{L}* med(?: minst| högst| cirka| ca)?`), 'increase-by'],
  [rx(String.raw`(?:minsk|sänk|reducer|halver)\p{L}* med(?: minst| högst| cirka| ca)?`), 'decrease-by'],
  [rx(String.raw`(?:minst|lägst|åtminstone|inte under|inte lägre än|inte färre än)|(?:>=|≥)`), 'at-least'],
  [rx(String.raw`(?:högst|max|maximalt|som mest|inte över|inte mer än|inte fler än|inte överstiga)|(?:<=|≤)`), 'at-most'],
  [rx(String.raw`(?:mer|fler|större|högre|längre) än|(?:över|överstiga|överstiger)|>`), 'more-than'],
  [rx(String.raw`(?:mindre|färre|lägre|kortare) än|(?:under|understiga|understiger)|<`), 'less-than'],
  [rx(String.raw`(?:ök|höj|stig|förbättr)\p{L}* till|(?:nå|når|nått|uppnå|uppnår|uppnått)`), 'at-least'],
  [rx(String.raw`(?:minsk|sänk|reducer)\p{L}* till`), 'at-most'],
  // Not a bare "är": "personer som är 80 år" states no target.
  [rx(String.raw`(?:ska|skall|bör) vara|(?:uppgå|uppgår|uppgått)(?: till)?|=`), 'equal'],
];

function rx(alternatives: string): RegExp {
  return new RegExp(String.raw`${notAfterLetter}(?:${alternatives}) ?$`, 'u');
}

/** The comparator phrase that ends right before a value, and where that phrase starts. */
export function comparatorBefore(before: string): { comparator: TargetComparator; start: number } | null {
  const lower = before.toLowerCase();
  for (const [pattern, comparator] of comparatorPatterns) {
    const match = pattern.exec(lower);
    if (match) return { comparator, start: match.index };
  }
  return null;
}

const unitWords: readonly (readonly [RegExp, TargetUnit])[] = [
  [/^ ?(?:%|procent)(?![\p{L}])/iu, 'percent'],
  [/^ ?(?:procentenheter|procentenhet|p\.e\.)(?![\p{L}])/iu, 'percentage-points'],
  [/^ ?(?:kronor|kr|sek)(?![\p{L}])/iu, 'sek'],
  [/^ ?(?:dagar|dag|dygn)(?![\p{L}])/iu, 'days'],
  [/^ ?(?:veckor|vecka)(?![\p{L}])/iu, 'weeks'],
  [/^ ?(?:månader|månad)(?![\p{L}])/iu, 'months'],
  [/^ ?år(?![\p{L}])/iu, 'years'],
  [/^ ?(?:timmar|timme|tim)(?![\p{L}])/iu, 'hours'],
  [/^ ?(?:minuter|minut|min)(?![\p{L}])/iu, 'minutes'],
];

/** The unit right after a value, if it is one the preview knows. */
export function unitAfter(after: string): TargetUnit | null {
  for (const [pattern, unit] of unitWords) {
    if (pattern.test(after)) return unit;
  }
  return null;
}
