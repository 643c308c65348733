import type { WordDiffToken } from '@goaltrail/goals-domain';

/** A stretch of words shown together: plain, or marked as deleted (earlier side) or inserted (later side). */
export interface WordRun {
  readonly marked: boolean;
  readonly text: string;
  /** Whether a space separates this run from the one before it. */
  readonly spaceBefore: boolean;
}

/**
 * One side's wording from a word diff: the earlier side keeps equal and deleted words, the later side
 * equal and inserted ones. Neighbouring words of the same kind become one run, so a screen reader
 * hears one "deleted: …" per change rather than one per word.
 */
export function wordRuns(tokens: readonly WordDiffToken[], side: 'from' | 'to'): WordRun[] {
  const changed = side === 'from' ? 'delete' : 'insert';
  const runs: { marked: boolean; text: string; spaceBefore: boolean }[] = [];
  for (const token of tokens) {
    if (token.op !== 'equal' && token.op !== changed) continue;
    const marked = token.op === changed;
    const last = runs.at(-1);
    if (last && last.marked === marked) {
      last.text += `${token.spaceBefore ? ' ' : ''}${token.text}`;
    } else {
      runs.push({ marked, text: token.text, spaceBefore: runs.length > 0 && token.spaceBefore });
    }
  }
  return runs;
}
