import type { PreviewTarget, TargetComparator } from '../preview';
import { comparatorBefore, unitAfter } from './comparators';

/**
 * `statement`: the value must come after a comparator ("ska öka till 75 %", "minst 90 %"), since a
 * goal's wording is full of numbers that are not targets ("elever i årskurs 8").
 * `labelled`: the text is a target by position (a "Målvärde:" line, a target column), so a bare
 * value is read as `equal`.
 */
export type TargetReading = 'statement' | 'labelled';

/** A target and where in the text its comparator (or value) starts. */
export type FoundTarget = { target: PreviewTarget; start: number };

// "75", "4,5", "18 500", "250 000" (thousands as spaced groups of three).
const valuePattern = /\d+(?: \d{3}(?!\d))*(?:[.,]\d+)?/gu;
const yearLike = /^(?:19|20)\d{2}$/u;

/** The first target in the text, or null. Scans once; each value looks at a bounded window around it. */
export function findTarget(text: string, reading: TargetReading): FoundTarget | null {
  for (const match of text.matchAll(valuePattern)) {
    const at = match.index;
    const before = text.slice(Math.max(0, at - 48), at);
    // "N00945", "åk9", "1.1": part of a code or a label, not a value.
    if (/[\p{L}\d.,]$/u.test(before)) continue;
    const unit = unitAfter(text.slice(at + match[0].length, at + match[0].length + 20));
    const found = comparatorBefore(before);
    const stated = found?.comparator ?? (reading === 'labelled' ? 'equal' : null);
    if (!stated) continue;
    const comparator = negatedInClause(before) ? negated(stated) : stated;
    // "under 2021", "jämfört med 2019": a year, not a value, unless a unit or "minst"/"högst" says otherwise.
    const year = yearLike.test(match[0]) && unit === null;
    if (year && !['at-least', 'at-most'].includes(found?.comparator ?? '')) continue;
    const value = Number(match[0].replace(/ /gu, '').replace(',', '.'));
    if (!Number.isFinite(value)) continue;
    const start = found ? at - before.length + found.start : at;
    return { target: { value, unit, comparator }, start };
  }
  return null;
}

// "Ingen ska behöva vänta mer än 30 dagar" means at most 30 days.
const negation = /(?<![\p{L}])(?:ingen|inga|inget|inte|ej|aldrig)(?![\p{L}])/iu;

function negatedInClause(before: string): boolean {
  const clauseStart = Math.max(before.lastIndexOf('.'), before.lastIndexOf(';'), before.lastIndexOf(':'));
  return negation.test(before.slice(clauseStart + 1));
}

/**
 * Only strict comparators flip: "inte mer än" and "inte under" are already read as at-most and
 * at-least by the comparator patterns, so the phrase itself never flips twice.
 */
function negated(comparator: TargetComparator): TargetComparator {
  if (comparator === 'more-than') return 'at-most';
  if (comparator === 'less-than') return 'at-least';
  return comparator;
}

/** A whole line that is only a target: "Minst 90 %", "Högst 60 dagar", "Minst 85 % (2021)". */
export function isTargetOnlyLine(text: string): boolean {
  if (!/^(?:minst|högst|lägst|max|maximalt|mer än|fler än|mindre än|färre än|över|under|≥|≤|>|<)\s?\d/iu.test(text)) {
    return false;
  }
  const found = findTarget(text, 'statement');
  if (!found) return false;
  const rest = text.replace(/^\D*[\d ,.]+/u, '');
  return rest.split(' ').filter((word) => word !== '').length <= 3;
}
