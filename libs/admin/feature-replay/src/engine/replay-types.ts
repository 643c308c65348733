import type { GoalKind, LineageRelation, PlanStatus, PlanView, WordDiffToken } from '@goaltrail/goals-domain';

// What the replay worker answers. Only data crosses the thread boundary: every type here is plain
// JSON-like data that structured clone copies as it is.

/** The kinds of change a step can make; `other` is a type this version does not know. */
export type ChangeKind =
  | 'committee-registered'
  | 'plan-drafted'
  | 'focus-area-added'
  | 'focus-area-revised'
  | 'focus-area-removed'
  | 'goal-added'
  | 'goal-carried-forward'
  | 'goal-reworded'
  | 'goal-moved'
  | 'goal-retired'
  | 'plan-adopted'
  | 'plan-amended'
  | 'goals-linked'
  | 'goals-unlinked'
  | 'other';

/** A goal as the documents name it: its kind and number ("nämndmål 1"), and the focus area it sits in. */
export interface GoalLabel {
  readonly kind: GoalKind;
  readonly number: number;
  /** The focus area's title; numbers restart in each area. */
  readonly area: string | null;
}

/** One step in a line: enough to name the change and show both clocks. */
export interface StepLine {
  /** 0-based place in the replay. */
  readonly index: number;
  readonly position: string;
  readonly streamId: string;
  /** The event's place in its stream. */
  readonly revision: number;
  readonly type: string;
  readonly change: ChangeKind;
  readonly committeeId: string | null;
  /** The plan's year; for a lineage link, the later year. */
  readonly year: number | null;
  /** The goal changed, or a link's later goal. */
  readonly goal: GoalLabel | null;
  /** A link's earlier goal and its year. */
  readonly fromGoal: GoalLabel | null;
  readonly fromYear: number | null;
  /** A focus area's title, a committee's name, or the year a plan was carried from. */
  readonly title: string | null;
  readonly carriedFrom: number | null;
  readonly relation: LineageRelation | null;
  readonly decisionRef: string | null;
  /** Business time. */
  readonly effectiveAt: string;
  /** System time. */
  readonly recordedAt: string;
}

/** The current step in full: who, why, and the wording before and after. */
export interface StepDetail extends StepLine {
  readonly actor: string;
  readonly role: string;
  readonly reason: string | null;
  /** The goal's wording after the step (or, when retired, its last wording). */
  readonly text: string | null;
  /** A rewording's word-level diff from the wording before. */
  readonly diff: readonly WordDiffToken[] | null;
}

/** One plan year in the committee tree, as it stood at the step. */
export interface PlanNode {
  readonly streamId: string;
  readonly year: number;
  readonly status: PlanStatus;
  readonly goalCount: number;
  /** The step changed this plan. */
  readonly changed: boolean;
}

/** A committee with its plans as they stood at the step. */
export interface CommitteeNode {
  readonly committeeId: string;
  readonly name: string;
  readonly plans: readonly PlanNode[];
  readonly changed: boolean;
}

/** What to mark in the plan shown. */
export interface Highlight {
  readonly goalIds: readonly string[];
  readonly retiredGoalIds: readonly string[];
  readonly sectionId: string | null;
  /** The plan itself changed (drafted, adopted, amended). */
  readonly plan: boolean;
}

/** How many steps are effective in a year (business time), and where that year starts. */
export interface YearBucket {
  readonly year: number;
  readonly count: number;
  readonly firstIndex: number;
}

/** The whole replay at a glance. */
export interface ReplaySummary {
  readonly total: number;
  /** Events of the log that are not about committees, plans or lineage (indicators, accounts). */
  readonly skipped: number;
  readonly years: readonly YearBucket[];
  /** The newest position read: where the live feed continues. */
  readonly lastPosition: string | null;
  /** Time spent folding (ms, in the worker), summed over every batch. */
  readonly foldMs: number;
  readonly committees: number;
  readonly plans: number;
  readonly firstRecordedAt: string | null;
  readonly lastRecordedAt: string | null;
}

/** Everything the view shows at one step. */
export interface ReplayFrame {
  readonly total: number;
  readonly step: StepDetail;
  readonly neighbours: readonly StepLine[];
  readonly tree: readonly CommitteeNode[];
  readonly plan: PlanView | null;
  readonly planStreamId: string | null;
  readonly highlight: Highlight;
}
