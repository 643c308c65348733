/** Reads a goal document's text into a preview; never throws, reports doubts as warnings. */
export { parseGoalDocument } from './parse-goal-document';
/** The preview's types and the vocabularies of section kinds, target comparators and units. */
export {
  sectionKinds,
  targetComparators,
  targetUnits,
  type GoalDocumentPreview,
  type ParseOptions,
  type PreviewGoal,
  type PreviewSection,
  type PreviewTarget,
  type PreviewWarning,
  type SectionKind,
  type TargetComparator,
  type TargetUnit,
} from './preview';
/** Maps an accepted preview to DraftPlan, AddFocusArea and AddGoal commands for a new plan. */
export {
  previewToPlanCommands,
  type PlanCommandOptions,
  type PlanCommands,
} from './plan/preview-to-plan-commands';
/** The stable focus area id made from a title ("En öppen kommun" → "en-oppen-kommun"). */
export { focusAreaSlug } from './plan/focus-area-slug';
/** An import's planned commands counted by kind, as both of its answers report them. */
export { importChangesOf, type ImportChanges } from './plan/import-changes';
/** The parser's version, recorded with every committed import. */
export { importerVersion } from './version';
