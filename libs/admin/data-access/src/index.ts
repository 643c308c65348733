/** Typed HTTP client for the goaltrail API, and the body of a rewording. */
export { createApiClient, type ApiClient, type RewordGoalRequest } from './api-client';
/** A failed API call and the conversion of anything thrown into a displayable problem. */
export { ApiError, toProblem } from './api-error';
/** The client every store uses, and how to point it elsewhere. */
export { apiClient, configureApiClient } from './shared-client';
/** Answer types the API has beside the domain's: committee and plan list entries, a write's outcome. */
export type { CommitteeSummary, PlanSummary, WriteAnswer } from './response-schemas';
/** Pinia store holding the server's health. */
export { useSystemStore } from './system.store';
/** Pinia store of the signed-in user, sign-in and sign-out, and the role helpers `canEdit` and `isAdmin`. */
export { useSessionStore } from './session.store';
/** Pinia store of committees, their plans per year, and the plan being read (optionally as of a time). */
export { usePlansStore, type PlanKey } from './plans.store';
/** A picker's committee and the years it has plans for: the only committee chosen, its plans loaded when chosen. */
export { useCommitteeYears } from './committee-years/use-committee-years';
/** Pinia store of one goal's history and lineage, and its rewording. */
export { useGoalHistoryStore, type LinkedGoal } from './goal-history.store';
/** Pinia store of a plan being drafted: carry forward, reword (with conflicts), add, retire, link, adopt. */
export { useDraftStore, type RewordOutcome } from './draft/draft.store';
/** Request bodies of the drafting endpoints and the ids their answers carry. */
export type { AddedFocusArea, AddedGoal, AddFocusAreaRequest, AddGoalRequest, AdoptPlanRequest, LinkGoalsRequest, RetireGoalRequest } from './draft/draft-api';
/** The wording another person saved first, shown when a rewording conflicts. */
export type { TheirVersion } from './draft/their-version';
/** A write's answer or problem, and a problem's refused fields by field name. */
export { fieldIssues, type WriteResult } from './draft/write-result';
/** A form's refused fields beside each field, in the reader's language, with focus on the first. */
export { useFormProblem, type FormProblemOptions } from './form-problem/use-form-problem';
/** Pinia store of a goal document's import: preview (dry run), then commit. */
export { useImportStore, type ImportRequest } from './imports/import.store';
/** What `POST /api/imports` answers, and the commands an import makes. */
export type { ImportAction, ImportAnswer, ImportCommitAnswer, ImportPreviewAnswer } from './imports/import-schemas';
export type { ImportChanges } from '@goaltrail/importer';
/** Test fixtures: a small 2005-style document for 2006 and the import preview the API answers for it. */
export { sampleCommitAnswer, sampleImportAnswer, sampleImportText } from './imports/sample-import-answer';
/** Pinia store of two years of a committee compared: both plans, the diff and the lineage between them. */
export { useCompareStore, type CompareKey, type Comparison } from './compare/compare.store';
/** Pinia store of the raw event log read page by page, and the hash-chain verification. */
export { useAuditStore, auditPageSize } from './audit/audit.store';
/** An event of the log as the audit view reads it, and the outcome of walking the hash chain. */
export type { AuditEvent, ChainVerification } from './audit/audit-schemas';
/** Test fixtures: the sample 2005 → 2020 comparison (diff, lineage and its links). */
export { sampleCompareLinks, sampleDiff, sampleLineage } from './compare/sample-compare-answers';
/** Test fixtures: sample log events, a page of them cut like the API does, and both verification outcomes. */
export { sampleAuditEvents, sampleEventsPage, sampleVerificationBroken, sampleVerificationOk } from './audit/sample-audit-answers';
/** Shows its content only to users who may edit (admins, planners); the `read-only` slot to the rest. */
export { default as CanEdit } from './can-edit/CanEdit.vue';
/** Test helper: a fetch stand-in answering from a route table, so tests stub only the fetch edge. */
export { createFakeApi, type FakeAnswer, type FakeApi, type FakeCall, type FakeRoute } from './testing/fake-api';
/** Test fixtures: small API answers shaped like the seeded Socialnämnden history. */
export {
  sampleCommittees,
  sampleHistory,
  samplePlan2005,
  samplePlan2020,
  samplePlans,
  sampleUsers,
} from './testing/sample-answers';
/** An event of the log as the replay folds it (the worker reads pages through `@goaltrail/admin-data-access/event-log`). */
export type { LoggedEvent } from './event-log/event-log.schemas';
/** Follows `GET /api/events/live` (server-sent events), reconnecting after the newest event received. */
export { useLiveEvents, type LiveEvents, type LiveEventsOptions, type LiveEventsStatus } from './event-log/use-live-events';
/** Test fixtures: a small seeded log of every replayed event kind, a live event, and a paging fake of `GET /api/events`. */
export { eventLogRoute, sampleEventLog, sampleLiveEvent } from './testing/sample-events';
/** Pinia store of every indicator, the goals they follow up by name, and defining one (admins). */
export { useIndicatorsStore, type IndicatorGoal } from './indicators/indicators.store';
/** Pinia store of one indicator: definition versions, series, and changing it, its targets and outcomes. */
export { useIndicatorStore } from './indicators/indicator.store';
/** Pinia store of a committee's follow-up for a year: each goal's colour and the rule behind it. */
export { useFollowUpStore, type FollowUpKey } from './indicators/follow-up.store';
/** Pinia store of a Kolada file's upload (XMLHttpRequest, with progress): dry run or import, and its refusal. */
export { useKoladaImportStore, type KoladaUploadPhase } from './indicators/kolada-import.store';
/** Request bodies of the indicator writes. */
export type { ChangeIndicatorRequest, DefineIndicatorRequest, RecordMeasurementRequest, SetTargetRequest } from './indicators/indicators-api';
/** Indicator answers: list entry, full view with histories, and a write's outcome. */
export type { DefinitionVersionView, IndicatorDetails, IndicatorSummary, IndicatorWriteAnswer, Recorded, Recorder } from './indicators/indicator-schemas';
/** An indicator value with its unit in the reader's language, e.g. `75,5 %` (sv) or `75.5 %` (en). */
export { formatValue } from './indicators/format-value';
/** A committee's follow-up answer and one goal of it. */
export type { CommitteeFollowUp, CommitteeFollowUpGoal } from './indicators/follow-up-types';
/** What a Kolada import answers, and where in a refused file its problem is. */
export type { KoladaFileLocation, KoladaImportResult } from './indicators/kolada-import-schemas';
/** Upload progress of a Kolada file. */
export type { UploadProgress } from './indicators/kolada-upload';
/** Test fixtures: the seeded satisfaction indicator (list, details, series across a definition change), a follow-up, Kolada answers. */
export {
  sampleFollowUp,
  sampleIndicatorDetails,
  sampleIndicatorList,
  sampleKoladaImportResult,
  sampleLinkedGoalHistory,
  sampleMalformedKoladaAnswer,
  sampleSeries,
} from './indicators/sample-indicator-answers';
/** Test helper: an XMLHttpRequest stand-in for uploads, reporting progress and answering from a function. */
export { createFakeUpload, type FakeUpload, type FakeUploadCall } from './indicators/fake-upload';
