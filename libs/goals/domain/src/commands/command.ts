import type { CommitteeEvent } from '../committees/committee.events';
import type { CommitteeState } from '../committees/committee.evolve';
import type { RegisterCommittee } from '../committees/commands/register-committee';
import type { LinkGoals, LinkGoalsState } from '../lineage/commands/link-goals';
import type { UnlinkGoals } from '../lineage/commands/unlink-goals';
import type { LineageEvent } from '../lineage/lineage.events';
import type { LineageState } from '../lineage/lineage.state';
import type { AdoptPlan } from '../plans/commands/adopt-plan';
import type { AmendPlan } from '../plans/commands/amend-plan';
import type { DraftPlan, DraftPlanState } from '../plans/commands/draft-plan';
import type { PlanEditCommand } from '../plans/commands/plan-change';
import type { PlanEvent } from '../plans/plan.events';
import type { PlanState } from '../plans/plan.state';

/** Every command the goals domain decides. */
export type Command =
  RegisterCommittee | DraftPlan | PlanEditCommand | AdoptPlan | AmendPlan | LinkGoals | UnlinkGoals;

/** Every event the goals domain records. */
export type GoalsEvent = CommitteeEvent | PlanEvent | LineageEvent;

/** The state each command is decided on, by command type. */
export type DecisionStates = {
  RegisterCommittee: CommitteeState | null;
  DraftPlan: DraftPlanState;
  AddFocusArea: PlanState | null;
  ReviseFocusArea: PlanState | null;
  RemoveFocusArea: PlanState | null;
  AddGoal: PlanState | null;
  RewordGoal: PlanState | null;
  MoveGoal: PlanState | null;
  RetireGoal: PlanState | null;
  AdoptPlan: PlanState | null;
  AmendPlan: PlanState | null;
  LinkGoals: LinkGoalsState;
  UnlinkGoals: LineageState;
};

/** A command's state type. */
export type DecisionStateOf<C extends Command> = DecisionStates[C['type']];

/** The events a command's decision yields: those of the one stream it appends to. */
// Conditional on the naked C so that it distributes over a union of commands.
export type DecidedEventOf<C extends Command> = C extends RegisterCommittee
  ? CommitteeEvent
  : C extends LinkGoals | UnlinkGoals
    ? LineageEvent
    : PlanEvent;
