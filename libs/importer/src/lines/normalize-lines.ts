/** One line of the document, cleaned of the noise Word and PDF extraction leave behind. */
export type SourceLine = {
  /** 1-based line number in the original text. */
  readonly number: number;
  /** Width of the leading whitespace (a tab counts 4); indentation-only layouts depend on it. */
  readonly indent: number;
  /** Trimmed text, whitespace runs (NBSP included) as one space, table cells joined by a space. */
  readonly text: string;
  /** The cells when the line holds two or more tab-separated values (a flattened table row). */
  readonly cells: readonly string[] | null;
};

// Zero-width characters carry no text but break keyword matches ("Effekt\u200Bmål").
const zeroWidth = /[\u200B-\u200D\u2060\uFEFF]/gu;
// JavaScript's \s covers NBSP (U+00A0), the U+2000 spaces, U+202F, U+3000, \v and \f.
const whitespaceRun = /\s+/gu;
const hasZeroWidth = /[\u200B-\u200D\u2060\uFEFF]/u;
// Any whitespace but a single inner space: leading, trailing, doubled, tab, NBSP, …
const untidySpace = /^\s|\s$|[^\S ]| {2}/u;
const trailingSoftHyphen = /\u00AD+$/u;
const softHyphen = /\u00AD/gu;
// A bullet, a number or a letter alone in the first cell: Word writes "•<tab>text" and "1.<tab>text".
const markerCell = /^(?:[-–—•·*▪■□○●◦►▶➢➤✓✔o\uF000-\uF0FF]|\d{1,3}(?:[.:]\d{1,3})*[.):]?|[A-Za-zÅÄÖåäö][.)])$/u;

/**
 * Splits the text into lines (\r\n, \r and \n alike, so Windows files read the same), normalises
 * each to NFC (PDF text often spells å as a + ring) and finds flattened table rows.
 */
export function normalizeLines(text: string): SourceLine[] {
  const raw = text.split(/\r\n|\r|\n/u);
  // push, not a pre-sized array: V8 keeps a large `new Array(n)` in slow dictionary mode.
  const lines: SourceLine[] = [];
  for (let index = 0; index < raw.length; index += 1) {
    lines.push(normalizeLine(raw[index] ?? '', index + 1));
  }
  return lines;
}

function normalizeLine(raw: string, number: number): SourceLine {
  if (raw === '') return { number, indent: 0, text: '', cells: null };
  const normal = raw.normalize('NFC');
  const line = hasZeroWidth.test(normal) ? normal.replace(zeroWidth, '') : normal;
  const indent = indentOf(line);
  const cells = tableCells(line);
  const text = cells ? cells.filter((cell) => cell !== '').join(' ') : cleanText(line);
  return { number, indent, text, cells };
}

/** Collapses whitespace; a soft hyphen at the end means a word broken over the line, so it becomes "-". */
export function cleanText(text: string): string {
  // Most lines are clean already; testing is cheaper than replacing (no new string).
  const spaced = untidySpace.test(text) ? text.replace(whitespaceRun, ' ').trim() : text;
  return spaced.includes('\u00AD') ? spaced.replace(trailingSoftHyphen, '-').replace(softHyphen, '') : spaced;
}

function indentOf(line: string): number {
  let width = 0;
  for (const char of line) {
    if (char === '\t') width += 4;
    else if (/\s/u.test(char)) width += 1;
    else break;
  }
  return width;
}

/**
 * A row needs two non-empty cells. Leading empty cells are kept: in a flattened Word table they are
 * merged cells (an indicator row under the goal above), and the header row has the same shift.
 */
function tableCells(line: string): string[] | null {
  if (!line.includes('\t')) return null;
  const cells = line.split('\t').map(cleanText);
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  const filled = cells.filter((cell) => cell !== '');
  if (filled.length < 2) return null;
  // "•<tab>text" is a bullet, not a two-column table.
  if (filled.length === 2 && markerCell.test(filled[0] ?? '')) return null;
  return cells;
}
