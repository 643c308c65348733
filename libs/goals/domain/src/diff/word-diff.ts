import { tokenize, type WordToken } from './tokenize';

/** What happened to a token between two wordings. */
export type WordDiffOp = 'equal' | 'insert' | 'delete';

/** One token of a word-level diff; `spaceBefore` lets a UI rebuild the text faithfully. */
export type WordDiffToken = { readonly op: WordDiffOp; readonly text: string; readonly spaceBefore: boolean };

/**
 * Word-level diff of two wordings: a longest-common-subsequence alignment of their tokens.
 * Within a changed stretch deletions come before insertions, so it reads "old → new".
 */
export function wordDiff(fromText: string, toText: string): WordDiffToken[] {
  const from = tokenize(fromText);
  const to = tokenize(toText);
  let prefix = 0;
  while (prefix < from.length && prefix < to.length && same(from[prefix], to[prefix])) prefix += 1;
  let suffix = 0;
  while (
    suffix < from.length - prefix &&
    suffix < to.length - prefix &&
    same(from[from.length - 1 - suffix], to[to.length - 1 - suffix])
  ) {
    suffix += 1;
  }
  // Trimming the common ends first keeps the quadratic table to the part that changed.
  const middle = alignMiddle(from.slice(prefix, from.length - suffix), to.slice(prefix, to.length - suffix));
  return [
    ...to.slice(0, prefix).map((token) => tagged('equal', token)),
    ...middle,
    ...to.slice(to.length - suffix).map((token) => tagged('equal', token)),
  ];
}

function alignMiddle(from: readonly WordToken[], to: readonly WordToken[]): WordDiffToken[] {
  const width = to.length + 1;
  // lcs[i * width + j] = length of the longest common subsequence of from[i..] and to[j..].
  const lcs = new Uint32Array((from.length + 1) * width);
  for (let i = from.length - 1; i >= 0; i -= 1) {
    for (let j = to.length - 1; j >= 0; j -= 1) {
      lcs[i * width + j] = same(from[i], to[j])
        ? (lcs[(i + 1) * width + j + 1] ?? 0) + 1
        : Math.max(lcs[(i + 1) * width + j] ?? 0, lcs[i * width + j + 1] ?? 0);
    }
  }
  const result: WordDiffToken[] = [];
  let i = 0;
  let j = 0;
  while (i < from.length || j < to.length) {
    const a = from[i];
    const b = to[j];
    if (a && b && same(a, b)) {
      result.push(tagged('equal', b));
      i += 1;
      j += 1;
    } else if (a && (!b || (lcs[(i + 1) * width + j] ?? 0) >= (lcs[i * width + j + 1] ?? 0))) {
      result.push(tagged('delete', a));
      i += 1;
    } else if (b) {
      result.push(tagged('insert', b));
      j += 1;
    }
  }
  return result;
}

function same(a: WordToken | undefined, b: WordToken | undefined): boolean {
  return a !== undefined && b !== undefined && a.text === b.text;
}

function tagged(op: WordDiffOp, token: WordToken): WordDiffToken {
  return { op, text: token.text, spaceBefore: token.spaceBefore };
}

/**
 * Renders a diff as text with `[-deleted-]` and `{+inserted+}` marks (the git --word-diff
 * convention), e.g. for Markdown exports, logs and readable test expectations.
 */
export function formatWordDiff(tokens: readonly WordDiffToken[]): string {
  let out = '';
  let open: WordDiffOp = 'equal';
  tokens.forEach((token, index) => {
    const space = token.spaceBefore && index > 0 ? ' ' : '';
    if (token.op !== open) {
      out += close(open) + space + marker(token.op);
      open = token.op;
    } else {
      out += space;
    }
    out += token.text;
  });
  return out + close(open);
}

function marker(op: WordDiffOp): string {
  return op === 'delete' ? '[-' : op === 'insert' ? '{+' : '';
}

function close(op: WordDiffOp): string {
  return op === 'delete' ? '-]' : op === 'insert' ? '+}' : '';
}
