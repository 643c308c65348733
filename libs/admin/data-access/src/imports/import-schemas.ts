import type { AddFocusArea, AddGoal, DraftPlan, RegisterCommittee, RewordGoal } from '@goaltrail/goals-domain';
import { goalKinds } from '@goaltrail/goals-domain';
import { sectionKinds, targetComparators, targetUnits, type GoalDocumentPreview, type ImportChanges } from '@goaltrail/importer';
import { z } from 'zod';

// `POST /api/imports` answers the application layer's ImportResult, which the SPA may not import
// (server scope); these schemas restate it from the shared domain and importer types it is made of.

/** One change an import makes (or would make), in order: the domain's own commands. */
export type ImportAction = RegisterCommittee | DraftPlan | AddFocusArea | AddGoal | RewordGoal;

/** What both answers share: what an import read, what it changes or would change, and what it wrote. */
interface ImportAnswerBase {
  /** The plan already holds this document (same sha256), or nothing in it differs: nothing written. */
  readonly unchanged: boolean;
  readonly committeeId: string;
  readonly year: number;
  readonly fileName: string;
  readonly sha256: string;
  readonly changes: ImportChanges;
  /** Goals of the preview the plan has no place for: left out, named with their line. */
  readonly problems: readonly { line: number | null; message: string }[];
  readonly eventsWritten: number;
  readonly position: string | null;
}

/** A dry run: the preview and the planned commands, nothing written. */
export interface ImportPreviewAnswer extends ImportAnswerBase {
  readonly dryRun: true;
  readonly preview: GoalDocumentPreview;
  readonly actions: readonly ImportAction[];
}

/** A commit: what was written; the preview and the commands were the dry run's, and are not sent again. */
export interface ImportCommitAnswer extends ImportAnswerBase {
  readonly dryRun: false;
  readonly preview: null;
  readonly actions: null;
}

export type ImportAnswer = ImportPreviewAnswer | ImportCommitAnswer;

const line = z.number().int();
const warning = z.object({ line: line.nullable(), message: z.string() });
const previewGoal = z.object({
  number: z.string().nullable(),
  text: z.string(),
  kind: z.enum(goalKinds),
  measurementMethod: z.string().nullable(),
  target: z.object({ value: z.number(), unit: z.enum(targetUnits).nullable(), comparator: z.enum(targetComparators) }).nullable(),
  sourceLines: z.tuple([line, line]),
});
const previewSchema = z.object({
  committee: z.string().nullable(),
  municipality: z.string().nullable(),
  year: z.number().int().nullable(),
  sections: z.array(
    z.object({ kind: z.enum(sectionKinds), title: z.string().nullable(), description: z.array(z.string()), goals: z.array(previewGoal) }),
  ),
  warnings: z.array(warning),
}) satisfies z.ZodType<GoalDocumentPreview>;

const planTarget = { committeeId: z.string(), year: z.number().int() };
const optionalText = z.string().nullable().optional();
const actionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('RegisterCommittee'), committeeId: z.string(), name: z.string(), municipality: optionalText }),
  z.object({ type: z.literal('DraftPlan'), ...planTarget, fromYear: z.number().int().nullable().optional() }),
  z.object({ type: z.literal('AddFocusArea'), ...planTarget, focusAreaId: z.string(), title: z.string(), description: z.array(z.string()) }),
  z.object({
    type: z.literal('AddGoal'),
    ...planTarget,
    goalId: z.string(),
    kind: z.enum(goalKinds),
    number: z.number().int(),
    text: z.string(),
    measurementMethod: optionalText,
    focusAreaId: optionalText,
  }),
  z.object({
    type: z.literal('RewordGoal'),
    ...planTarget,
    goalId: z.string(),
    text: z.string(),
    reason: z.string(),
    expectedRevision: z.number().int(),
    measurementMethod: optionalText,
  }),
]) satisfies z.ZodType<ImportAction>;

const answerBase = {
  unchanged: z.boolean(),
  committeeId: z.string(),
  year: z.number().int(),
  fileName: z.string(),
  sha256: z.string(),
  changes: z.object({
    committeeRegistered: z.string().nullable(),
    planDrafted: z.number().int().nullable(),
    focusAreasAdded: z.number().int(),
    goalsAdded: z.number().int(),
    goalsReworded: z.number().int(),
  }),
  problems: z.array(warning),
  eventsWritten: z.number().int(),
  position: z.string().nullable(),
};

export const importAnswerSchema = z.discriminatedUnion('dryRun', [
  z.object({ dryRun: z.literal(true), ...answerBase, preview: previewSchema, actions: z.array(actionSchema) }),
  z.object({ dryRun: z.literal(false), ...answerBase, preview: z.null(), actions: z.null() }),
]) satisfies z.ZodType<ImportAnswer>;
