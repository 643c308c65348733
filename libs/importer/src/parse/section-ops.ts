import type { GoalKind } from '@goaltrail/goals-domain';
import { finishGoal } from '../goals/finish-goal';
import type { SourceLine } from '../lines/normalize-lines';
import type { SectionKind } from '../preview';
import {
  newDetail,
  newDraft,
  type DetailDraft,
  type GoalDraft,
  type ParseState,
  type SectionDraft,
} from './parse-state';

/** The kind a section's goals have unless a heading or label says otherwise. */
export function goalKindOf(kind: SectionKind): GoalKind {
  return kind === 'focus-area' ? 'committee' : kind;
}

/** Ends the goal being read and adds its preview to the section. */
export function closeGoal(state: ParseState): void {
  const goal = state.goal;
  state.goal = null;
  state.open = null;
  if (!goal) return;
  const preview = finishGoal(goal, state.warnings);
  if (preview && state.section) state.section.goals.push(preview);
}

export function openSection(
  state: ParseState,
  kind: SectionKind,
  line: SourceLine,
  title: string | null,
): SectionDraft {
  closeGoal(state);
  const section: SectionDraft = {
    kind,
    title: title === null ? null : newDraft(line, title),
    description: [],
    goals: [],
    line: line.number,
    warnedBullets: false,
  };
  state.sections.push(section);
  state.section = section;
  state.goalKind = goalKindOf(kind);
  state.table = null;
  return section;
}

/**
 * A sub-heading ("1. Trygghet" above "1.1 …", or a less indented line above indented goals) starts
 * a titled section. Under a focus area or committee goals it is a focus area of its own, since
 * committee goals always sit in one; under a kind heading it keeps the kind. An empty untitled
 * section (a bare "Nämndens mål" heading) is taken over instead of being left empty.
 */
export function openSubsection(state: ParseState, line: SourceLine, title: string): void {
  closeGoal(state);
  const current = state.section;
  const groupsCommitteeGoals = !current || current.kind === 'focus-area' || current.kind === 'committee';
  const kind: SectionKind = groupsCommitteeGoals ? 'focus-area' : current.kind;
  const goalKind = state.goalKind;
  const emptyUntitled = current && !current.title && current.goals.length === 0 && current.description.length === 0;
  if (current && emptyUntitled) {
    current.kind = kind;
    current.title = newDraft(line, title);
  } else {
    openSection(state, kind, line, title);
  }
  state.goalKind = goalKind;
  state.mode = 'goals';
}

export function startGoal(
  state: ParseState,
  line: SourceLine,
  text: string,
  options: { number: string | null; marked: boolean; kind?: GoalKind | null },
): GoalDraft {
  closeGoal(state);
  const statement = newDraft(line, text);
  const goal: GoalDraft = {
    number: options.number,
    kind: options.kind ?? state.goalKind,
    marked: options.marked,
    statement,
    details: [],
    firstLine: line.number,
    lastLine: line.number,
  };
  state.goal = goal;
  state.open = { draft: statement, role: 'statement' };
  return goal;
}

/** Appends a continuation line to whatever is open, extending the goal's source lines with it. */
export function appendToOpen(state: ParseState, line: SourceLine): void {
  const open = state.open;
  if (!open) return;
  open.draft.parts.push(line.text);
  open.draft.lastLine = line.number;
  if (state.goal && (open.role === 'statement' || open.role === 'detail')) state.goal.lastLine = line.number;
}

export function addDescriptionItem(state: ParseState, line: SourceLine, text: string): void {
  const section = state.section;
  if (!section) return;
  const item = newDraft(line, text);
  section.description.push(item);
  state.open = { draft: item, role: 'item' };
}

/** Adds an indicator or criterion from a list under a goal; with no goal, the text is ignored. */
export function addListDetail(
  state: ParseState,
  line: SourceLine,
  text: string,
  kind: DetailDraft['kind'],
): void {
  const goal = state.goal;
  if (!goal) {
    state.open = { draft: newDraft(line, text), role: 'ignored' };
    return;
  }
  const detail = newDetail(line, text, kind);
  goal.details.push(detail);
  goal.lastLine = line.number;
  state.open = { draft: detail, role: 'detail' };
}
