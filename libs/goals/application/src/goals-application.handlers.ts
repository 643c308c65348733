import type { Type } from '@nestjs/common';
import { RegisterCommitteeHandler } from './committees/commands/register-committee/register-committee.handler';
import { GetCommitteesHandler } from './committees/queries/get-committees/get-committees.handler';
import { GetEventsHandler } from './events/queries/get-events/get-events.handler';
import { ImportGoalDocumentHandler } from './imports/import-goal-document.handler';
import { GetGoalHistoryHandler } from './goals/queries/get-goal-history/get-goal-history.handler';
import { ResolveGoalPlanHandler } from './goals/queries/resolve-goal-plan/resolve-goal-plan.handler';
import { LinkGoalsHandler } from './lineage/commands/link-goals/link-goals.handler';
import { UnlinkGoalsHandler } from './lineage/commands/unlink-goals/unlink-goals.handler';
import { GetLineageHandler } from './lineage/queries/get-lineage/get-lineage.handler';
import { ResolveLinkYearsHandler } from './lineage/queries/resolve-link-years/resolve-link-years.handler';
import { AddFocusAreaHandler } from './plans/commands/add-focus-area/add-focus-area.handler';
import { AddGoalHandler } from './plans/commands/add-goal/add-goal.handler';
import { AdoptPlanHandler } from './plans/commands/adopt-plan/adopt-plan.handler';
import { AmendPlanHandler } from './plans/commands/amend-plan/amend-plan.handler';
import { DraftPlanHandler } from './plans/commands/draft-plan/draft-plan.handler';
import { MoveGoalHandler } from './plans/commands/move-goal/move-goal.handler';
import { RemoveFocusAreaHandler } from './plans/commands/remove-focus-area/remove-focus-area.handler';
import { RetireGoalHandler } from './plans/commands/retire-goal/retire-goal.handler';
import { ReviseFocusAreaHandler } from './plans/commands/revise-focus-area/revise-focus-area.handler';
import { RewordGoalHandler } from './plans/commands/reword-goal/reword-goal.handler';
import { GetPlanDiffHandler } from './plans/queries/get-plan-diff/get-plan-diff.handler';
import { GetPlanHandler } from './plans/queries/get-plan/get-plan.handler';
import { GetPlansHandler } from './plans/queries/get-plans/get-plans.handler';

/** Every command handler of the goals application; each one is a thin call of the CommandExecutor (or the importer). */
export const commandHandlers: Type[] = [
  RegisterCommitteeHandler,
  DraftPlanHandler,
  AddFocusAreaHandler,
  ReviseFocusAreaHandler,
  RemoveFocusAreaHandler,
  AddGoalHandler,
  RewordGoalHandler,
  MoveGoalHandler,
  RetireGoalHandler,
  AdoptPlanHandler,
  AmendPlanHandler,
  LinkGoalsHandler,
  UnlinkGoalsHandler,
  ImportGoalDocumentHandler,
];

/** Every query handler: the read model answers all but GetEvents, which reads the store. */
export const queryHandlers: Type[] = [
  GetCommitteesHandler,
  GetPlansHandler,
  GetPlanHandler,
  GetPlanDiffHandler,
  GetGoalHistoryHandler,
  ResolveGoalPlanHandler,
  GetLineageHandler,
  ResolveLinkYearsHandler,
  GetEventsHandler,
];
