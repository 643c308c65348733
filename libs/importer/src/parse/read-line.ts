import { detectDetailLine } from '../goals/detail-lines';
import { continuesText } from '../lines/continuation';
import { readMarker } from '../lines/markers';
import type { SourceLine } from '../lines/normalize-lines';
import { detectHeading } from '../sections/detect-headings';
import { onTableRow } from '../tables/on-table-row';
import { readTitleLine } from './header-zone';
import { onDetail } from './on-detail';
import { onHeading } from './on-heading';
import { onMarker } from './on-marker';
import { onPlain } from './on-plain';
import { quote, warn, type ParseState } from './parse-state';
import { appendToOpen } from './section-ops';

const lowerOrClosingStart = /^[\p{Ll}),.;:%]/u;

/**
 * Reads one content line. The order matters: table rows, the title, headings, then a line that can
 * only be a continuation (lower case), then method/target lines and list markers, then the softer
 * continuation signals (the line above stopped mid-sentence, a hanging indent), then a new paragraph.
 */
export function readLine(state: ParseState, line: SourceLine): void {
  if (line.cells && onTableRow(state, line, line.cells)) return;
  if (line.cells) {
    warn(state, line.number, `tab-separated line ${quote(line.text)} under no known table header: read as one line`);
  }
  if (state.table) endTableUnlessContinued(state, line);
  if (state.mode === 'header' && readTitleLine(state, line)) return;
  const heading = detectHeading(line.text);
  if (heading) return onHeading(state, line, heading);
  const marker = readMarker(line.text);
  if (state.open && marker === null && lowerOrClosingStart.test(line.text)) return appendToOpen(state, line);
  const detail = detectDetailLine(marker && marker.type !== 'number' ? marker.rest : line.text);
  if (detail && (marker === null || state.goal)) return onDetail(state, line, detail);
  if (marker) return onMarker(state, line, marker);
  if (continues(state, line)) return appendToOpen(state, line);
  onPlain(state, line);
}

function continues(state: ParseState, line: SourceLine): boolean {
  const open = state.open;
  const previous = open?.draft.parts[open.draft.parts.length - 1];
  if (!open || previous === undefined) return false;
  if (continuesText(previous, line.text)) return true;
  if (state.blankBefore) return false;
  switch (open.role) {
    case 'item':
    case 'ignored':
      // A paragraph runs until a blank line; list items need a marker to start.
      return true;
    case 'statement':
      // A numbered or bulleted goal wraps onto lines of its own; an unmarked goal only with a hanging indent.
      return state.goal?.marked === true || line.indent >= open.draft.indent + 2;
    case 'title':
    case 'detail':
      return line.indent >= open.draft.indent + 2;
    default: {
      const exhaustive: never = open.role;
      return exhaustive;
    }
  }
}

/** A flattened table ends at the first line that is not a row and does not continue a cell. */
function endTableUnlessContinued(state: ParseState, line: SourceLine): void {
  if (lowerOrClosingStart.test(line.text) && state.open) return;
  if (state.mode === 'indicators') state.mode = 'goals';
  state.table = null;
}
