import { Command } from '@nestjs/cqrs';
import type { AddFocusArea, AddGoal, DraftPlan, RegisterCommittee, RewordGoal } from '@goaltrail/goals-domain';
import type { GoalDocumentPreview, ImportChanges, PreviewWarning } from '@goaltrail/importer';
import type { Actor, CommandOptions } from '../shared/actor';

/** A goal document to import into a committee's plan for one year. */
export interface ImportGoalDocumentInput {
  /** The document's text, as pasted or extracted from Word or PDF. */
  readonly text: string;
  /** Recorded with every event; also a fallback for the year ("mal-2005.txt"). */
  readonly fileName?: string;
  /** Wins over the committee the document names; a slug such as `socialnamnden`. */
  readonly committeeId?: string;
  /** Wins over the year the document names. */
  readonly year?: number;
  /** Only read and plan: nothing is written. */
  readonly dryRun: boolean;
}

/** One change an import makes, in the order it is made: the domain's own commands. */
export type ImportAction = RegisterCommittee | DraftPlan | AddFocusArea | AddGoal | RewordGoal;

/** What an import read, what it does (or would do), and what it wrote. */
export interface ImportResult {
  readonly dryRun: boolean;
  /** True when the plan already holds this document (same sha256) or nothing in it differs: nothing written. */
  readonly unchanged: boolean;
  readonly committeeId: string;
  readonly year: number;
  readonly fileName: string;
  readonly sha256: string;
  readonly preview: GoalDocumentPreview;
  readonly actions: readonly ImportAction[];
  /** The actions counted by kind. */
  readonly changes: ImportChanges;
  /** Goals of the preview the plan has no place for; they are left out and named here. */
  readonly problems: readonly PreviewWarning[];
  /** Events appended (0 for a dry run or an unchanged document). */
  readonly eventsWritten: number;
  /** Store position of the last event written, for read-your-writes; null when nothing was written. */
  readonly position: string | null;
}

/** Import a goal document: parse, plan the commands, and (unless a dry run) record them as events. */
export class ImportGoalDocumentCommand extends Command<ImportResult> {
  constructor(
    readonly actor: Actor,
    readonly input: ImportGoalDocumentInput,
    readonly options: CommandOptions = {},
  ) {
    super();
  }
}
