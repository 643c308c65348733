import { findLetterhead } from './letterhead/footer';
import { normalizeLines, type SourceLine } from './lines/normalize-lines';
import { buildPreview } from './parse/build-preview';
import type { ParseState } from './parse/parse-state';
import { readLine } from './parse/read-line';
import { closeGoal } from './parse/section-ops';
import type { GoalDocumentPreview, ParseOptions } from './preview';

/**
 * Reads a goal document's text (pasted, or extracted from Word or PDF) into a preview. Pure and
 * total: any string gives a preview, never an exception; what it cannot read with certainty is in
 * `warnings` with its line. One pass over the lines; every pattern is anchored or bounded, so the
 * time grows linearly with the text.
 */
export function parseGoalDocument(text: string, options: ParseOptions = {}): GoalDocumentPreview {
  const lines = normalizeLines(typeof text === 'string' ? text : '');
  const letterhead = findLetterhead(lines);
  const state = initialState(lines, letterhead.skipped);
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index];
    if (!line || line.text === '' || letterhead.skipped[index] || isRepeatedTitle(state, line)) {
      state.blankBefore = true;
      continue;
    }
    readLine(state, line);
    state.blankBefore = false;
  }
  closeGoal(state);
  return buildPreview(state, letterhead, options);
}

/** A PDF repeats the title as a page header; after the first section it is noise. */
function isRepeatedTitle(state: ParseState, line: SourceLine): boolean {
  return state.sections.length > 0 && state.header.titleText === line.text;
}

function initialState(lines: readonly SourceLine[], skipped: readonly boolean[]): ParseState {
  return {
    lines,
    nextContent: nextContentIndex(lines, skipped),
    sections: [],
    section: null,
    mode: 'header',
    goalKind: 'committee',
    goal: null,
    open: null,
    blankBefore: false,
    table: null,
    header: { committee: null, year: null, municipality: null, titleText: null },
    warnings: [],
  };
}

/** For each line, the index of the next line with content (one backward pass). */
function nextContentIndex(lines: readonly SourceLine[], skipped: readonly boolean[]): Int32Array {
  const next = new Int32Array(lines.length).fill(-1);
  let following = -1;
  for (let index = lines.length - 1; index >= 0; index -= 1) {
    next[index] = following;
    if (lines[index]?.text !== '' && !skipped[index]) following = index;
  }
  return next;
}
