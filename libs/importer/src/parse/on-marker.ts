import { looksLikeHeading } from '../lines/continuation';
import { parentLabel, type Marker } from '../lines/markers';
import type { SourceLine } from '../lines/normalize-lines';
import { newDraft, quote, warn, type ParseState } from './parse-state';
import {
  addDescriptionItem,
  addListDetail,
  closeGoal,
  openSection,
  openSubsection,
  startGoal,
} from './section-ops';

/** A bulleted, numbered or lettered line: a goal, a description item, an indicator or a criterion. */
export function onMarker(state: ParseState, line: SourceLine, marker: Marker): void {
  switch (state.mode) {
    case 'header':
      return onMarkerOutsideSections(state, line, marker);
    case 'focus-title': {
      // Word sets a focus area's title as a bullet (the 2020 seed's U+F0A7 glyph).
      const section = state.section;
      if (section) {
        section.title = newDraft(line, marker.rest);
        state.open = { draft: section.title, role: 'title' };
      }
      state.mode = 'area';
      return;
    }
    case 'area':
      return onMarkerInArea(state, line, marker);
    case 'description':
      return addDescriptionItem(state, line, marker.rest);
    case 'indicators':
    case 'criteria':
      if (marker.type === 'number') {
        state.mode = 'goals';
        return markerGoal(state, line, marker);
      }
      return addListDetail(state, line, marker.rest, state.mode === 'indicators' ? 'indicator' : 'criterion');
    case 'goals':
      return markerGoal(state, line, marker);
    default: {
      const exhaustive: never = state.mode;
      return exhaustive;
    }
  }
}

function onMarkerOutsideSections(state: ParseState, line: SourceLine, marker: Marker): void {
  const hint = marker.type === 'number' ? marker.kindHint : null;
  if (!hint) {
    const what = marker.type === 'bullet' ? 'bullet' : 'numbered line';
    const message = `${what} ${quote(line.text)} before any goal heading: read as a goal of an untitled committee section`;
    warn(state, line.number, message);
  }
  openSection(state, hint ?? 'committee', line, null);
  state.mode = 'goals';
  markerGoal(state, line, marker);
}

function onMarkerInArea(state: ParseState, line: SourceLine, marker: Marker): void {
  const section = state.section;
  if (section && marker.type !== 'number' && !section.warnedBullets) {
    section.warnedBullets = true;
    warn(state, line.number, 'list under a focus area with no "Beskrivning" or goals heading: read as its goals');
  }
  state.mode = 'goals';
  markerGoal(state, line, marker);
}

function markerGoal(state: ParseState, line: SourceLine, marker: Marker): void {
  if (marker.type === 'bullet') {
    startGoal(state, line, marker.rest, { number: null, marked: true });
    return;
  }
  if (marker.type === 'number') promoteParent(state, marker.label);
  const kind = marker.type === 'number' ? marker.kindHint : null;
  startGoal(state, line, marker.rest, { number: marker.label, marked: true, kind });
}

/**
 * "1. Trygghet" followed by "1.1 …": the parent is a group heading, not a goal, when it reads like
 * one (short, no full stop, no method or target). A parent that is a sentence stays a goal.
 */
function promoteParent(state: ParseState, label: string): void {
  const parent = parentLabel(label);
  if (parent === null) return;
  closeGoal(state);
  const goals = state.section?.goals ?? [];
  const last = goals[goals.length - 1];
  const isGroupHeading =
    last?.number === parent && !last.target && !last.measurementMethod && looksLikeHeading(last.text);
  if (!last || !isGroupHeading) return;
  goals.pop();
  const at = state.lines[last.sourceLines[0] - 1];
  if (at) openSubsection(state, at, last.text);
}
