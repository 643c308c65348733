import { Command } from '@nestjs/cqrs';
import type { AddGoal } from '@goaltrail/goals-domain';
import type { Actor, CommandOptions } from '../../../shared/actor';
import type { CommandOutcome } from '../../../write/command-outcome';

/** The outcome of AddGoal, with the id of what was added. */
export type AddGoalOutcome = CommandOutcome & { readonly goalId: string };

/** Add a new goal to a draft plan; the goal id is made here when the caller has none. */
export class AddGoalCommand extends Command<AddGoalOutcome> {
  constructor(
    readonly actor: Actor,
    readonly input: Omit<AddGoal, 'type' | 'goalId'> & { goalId?: string },
    readonly options: CommandOptions = {},
  ) {
    super();
  }
}
