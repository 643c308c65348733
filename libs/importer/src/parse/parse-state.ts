import type { GoalKind } from '@goaltrail/goals-domain';
import type { SourceLine } from '../lines/normalize-lines';
import type { PreviewGoal, PreviewWarning, SectionKind } from '../preview';
import type { TableLayout } from '../tables/table-header';

/** Text read from one or more lines, joined only when the preview is built. */
export type TextDraft = { parts: string[]; firstLine: number; lastLine: number; indent: number };

/** A line about a goal (method, indicator, target, achievement criterion) and its continuations. */
export type DetailDraft = TextDraft & { kind: 'method' | 'indicator' | 'target' | 'criterion' };

export type GoalDraft = {
  number: string | null;
  kind: GoalKind;
  /** Numbered, bulleted, lettered or a table row; unmarked goals are paragraphs or indented lines. */
  marked: boolean;
  statement: TextDraft;
  details: DetailDraft[];
  firstLine: number;
  lastLine: number;
};

export type SectionDraft = {
  kind: SectionKind;
  title: TextDraft | null;
  description: TextDraft[];
  goals: PreviewGoal[];
  line: number;
  /** A warning about bullets under a focus area with no sub-heading has been given. */
  warnedBullets: boolean;
};

/**
 * What the next line belongs to:
 * `header` before the first section; `focus-title` right after a focus-area intro with no title;
 * `area` a focus area before its "Beskrivning"/goals heading; `description`; `goals`;
 * `indicators` and `criteria` lists under a goal.
 */
export type Mode = 'header' | 'focus-title' | 'area' | 'description' | 'goals' | 'indicators' | 'criteria';

/** The draft a continuation line is appended to. `ignored` swallows the rest of an ignored paragraph. */
export type OpenText = { draft: TextDraft; role: 'statement' | 'detail' | 'item' | 'title' | 'ignored' };

export type HeaderFacts = {
  committee: { name: string; line: number } | null;
  year: { value: number; line: number } | null;
  municipality: { name: string; line: number } | null;
  /** The title line, so a page header repeating it further down is skipped. */
  titleText: string | null;
};

export type ParseState = {
  readonly lines: readonly SourceLine[];
  /** By line index: the index of the next content line, or -1. */
  readonly nextContent: Int32Array;
  sections: SectionDraft[];
  section: SectionDraft | null;
  mode: Mode;
  goalKind: GoalKind;
  goal: GoalDraft | null;
  open: OpenText | null;
  /** A blank (or skipped) line came since the last content line. */
  blankBefore: boolean;
  table: TableLayout | null;
  header: HeaderFacts;
  warnings: PreviewWarning[];
};

export function newDraft(line: SourceLine, text: string): TextDraft {
  return { parts: text === '' ? [] : [text], firstLine: line.number, lastLine: line.number, indent: line.indent };
}

export function newDetail(line: SourceLine, text: string, kind: DetailDraft['kind']): DetailDraft {
  return { ...newDraft(line, text), kind };
}

export function warn(state: ParseState, line: number | null, message: string): void {
  state.warnings.push({ line, message });
}

/** A line quoted in a warning, shortened so one warning stays one line. */
export function quote(text: string): string {
  return `"${text.length > 60 ? `${text.slice(0, 57)}…` : text}"`;
}
