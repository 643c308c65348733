import { looksLikeHeading, startsUpper } from '../lines/continuation';
import { readMarker } from '../lines/markers';
import type { SourceLine } from '../lines/normalize-lines';
import { onHeaderText } from './header-zone';
import { newDraft, quote, warn, type ParseState } from './parse-state';
import { addDescriptionItem, addListDetail, openSubsection, startGoal } from './section-ops';

/** A line with no marker that does not continue the text above it: a new paragraph. */
export function onPlain(state: ParseState, line: SourceLine): void {
  switch (state.mode) {
    case 'header':
      return onHeaderText(state, line);
    case 'focus-title': {
      const section = state.section;
      if (section) {
        section.title = newDraft(line, line.text);
        state.open = { draft: section.title, role: 'title' };
      }
      state.mode = 'area';
      return;
    }
    case 'area':
    case 'description':
      return addDescriptionItem(state, line, line.text);
    case 'indicators':
    case 'criteria':
      // A list ends at a blank line; an unmarked list has one item per line.
      if (state.blankBefore) {
        state.mode = 'goals';
        return onGoalText(state, line);
      }
      return addListDetail(state, line, line.text, state.mode === 'indicators' ? 'indicator' : 'criterion');
    case 'goals':
      return onGoalText(state, line);
    default: {
      const exhaustive: never = state.mode;
      return exhaustive;
    }
  }
}

function onGoalText(state: ParseState, line: SourceLine): void {
  const goal = state.goal;
  if (goal && goal.statement.parts.length === 0) {
    // "Mål 3" on a line of its own: this paragraph is its statement.
    goal.statement.parts.push(line.text);
    goal.statement.lastLine = line.number;
    goal.lastLine = line.number;
    state.open = { draft: goal.statement, role: 'statement' };
    return;
  }
  if (isSubheading(state, line)) return openSubsection(state, line, line.text);
  if (goal?.marked) {
    const after = goal.number === null ? 'the goal above it' : `goal ${goal.number} above it`;
    warn(state, line.number, `paragraph ${quote(line.text)} has no number or bullet, unlike ${after}: ignored`);
    state.open = { draft: newDraft(line, line.text), role: 'ignored' };
    return;
  }
  startGoal(state, line, line.text, { number: null, marked: false });
}

/** A short capitalised line over more deeply indented lines: goals grouped by indentation alone. */
function isSubheading(state: ParseState, line: SourceLine): boolean {
  if (!looksLikeHeading(line.text)) return false;
  const next = state.lines[state.nextContent[line.number - 1] ?? -1];
  if (!next || next.indent < line.indent + 2) return false;
  return startsUpper(next.text) || readMarker(next.text) !== null;
}
