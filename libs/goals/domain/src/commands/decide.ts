import { decideRegisterCommittee } from '../committees/commands/register-committee';
import { decideLinkGoals } from '../lineage/commands/link-goals';
import { decideUnlinkGoals } from '../lineage/commands/unlink-goals';
import { decideAdoptPlan } from '../plans/commands/adopt-plan';
import { decideAmendPlan } from '../plans/commands/amend-plan';
import { decideDraftPlan } from '../plans/commands/draft-plan';
import { decidePlanChange, type PlanEditCommand } from '../plans/commands/plan-change';
import { requirePlan } from '../plans/plan-guards';
import type { PlanEvent } from '../plans/plan.events';
import type { PlanState } from '../plans/plan.state';
import type { Command, DecidedEventOf, DecisionStateOf, DecisionStates } from './command';

type Deciders = {
  [K in Command['type']]: (
    command: Extract<Command, { type: K }>,
    state: DecisionStates[K],
  ) => DecidedEventOf<Extract<Command, { type: K }>>[];
};

const editDraft = (command: PlanEditCommand, state: PlanState | null): PlanEvent[] =>
  decidePlanChange(command, requirePlan(state, command), 'edit');

// The mapped type makes a missing command type a compile error, like a `never` check would.
const deciders: Deciders = {
  RegisterCommittee: decideRegisterCommittee,
  DraftPlan: decideDraftPlan,
  AddFocusArea: editDraft,
  ReviseFocusArea: editDraft,
  RemoveFocusArea: editDraft,
  AddGoal: editDraft,
  RewordGoal: editDraft,
  MoveGoal: editDraft,
  RetireGoal: editDraft,
  AdoptPlan: decideAdoptPlan,
  AmendPlan: decideAmendPlan,
  LinkGoals: decideLinkGoals,
  UnlinkGoals: decideUnlinkGoals,
};

/**
 * Decides a command on the current state: the events to append to `streamIdOf(command)`, or a
 * thrown BusinessRuleError / GoalRevisionConflictError. Pure: same input, same output.
 */
export function decide<C extends Command>(command: C, state: DecisionStateOf<C>): DecidedEventOf<C>[] {
  // TypeScript cannot relate `deciders[command.type]` to C by itself; the mapped type above
  // guarantees each entry takes exactly its own command and state.
  const decider = deciders[command.type] as unknown as (
    command: C,
    state: DecisionStateOf<C>,
  ) => DecidedEventOf<C>[];
  return decider(command, state);
}
