import type { GoalKind } from '@goaltrail/goals-domain';
import type { SourceLine } from '../lines/normalize-lines';
import type { Heading } from '../sections/detect-headings';
import { quote, warn, type ParseState } from './parse-state';
import { addDescriptionItem, closeGoal, openSection } from './section-ops';

const kindNames: Record<GoalKind, string> = {
  directional: 'Inriktningsmål',
  effect: 'Effektmål',
  committee: 'nämndmål',
};

export function onHeading(state: ParseState, line: SourceLine, heading: Heading): void {
  if (state.mode === 'focus-title' && state.section) {
    warn(state, state.section.line, 'focus area with no title');
  }
  switch (heading.type) {
    case 'goals':
      return onGoalsHeading(state, line, heading.kind, heading.committee);
    case 'focus-area': {
      openSection(state, 'focus-area', line, heading.title);
      state.mode = heading.title === null ? 'focus-title' : 'area';
      return;
    }
    case 'description':
      return onDescriptionHeading(state, line, heading.text);
    case 'indicators': {
      if (!state.goal) {
        warn(state, line.number, `indicator heading ${quote(line.text)} with no goal above it: its list is ignored`);
      }
      // The goal stays open: its indicators follow.
      state.open = null;
      state.mode = 'indicators';
      return;
    }
    default: {
      const exhaustive: never = heading;
      return exhaustive;
    }
  }
}

/**
 * "Inriktningsmål" and "Effektmål" start sections of their own, except inside a focus area, where
 * they set the kind of the focus area's goals (and say so, since a document may mean either).
 * "Socialnämndens mål:" inside a focus area introduces its committee goals.
 */
function onGoalsHeading(state: ParseState, line: SourceLine, kind: GoalKind, committee: string | null): void {
  if (committee && !state.header.committee) state.header.committee = { name: committee, line: line.number };
  const section = state.section;
  closeGoal(state);
  state.table = null;
  if (section?.kind === 'focus-area') {
    if (kind !== 'committee') {
      const message = `${kindNames[kind]} heading inside a focus area: its goals are read as ${kind} goals of that focus area`;
      warn(state, line.number, message);
    }
    state.goalKind = kind;
  } else if (!(section?.kind === kind && section.goals.length === 0 && section.title === null)) {
    openSection(state, kind, line, null);
  }
  state.mode = 'goals';
}

function onDescriptionHeading(state: ParseState, line: SourceLine, inline: string | null): void {
  closeGoal(state);
  state.table = null;
  if (state.section?.kind !== 'focus-area') {
    warn(state, line.number, 'description outside a focus area: read as the description of a focus area with no title');
    openSection(state, 'focus-area', line, null);
  }
  state.mode = 'description';
  if (inline) addDescriptionItem(state, line, inline);
}
