import { Command } from '@nestjs/cqrs';
import type { RetireGoal } from '@goaltrail/goals-domain';
import type { Actor, CommandOptions } from '../../../shared/actor';
import type { CommandOutcome } from '../../../write/command-outcome';

/** Take a goal out of a draft plan, with a reason. */
export class RetireGoalCommand extends Command<CommandOutcome> {
  constructor(
    readonly actor: Actor,
    readonly input: Omit<RetireGoal, 'type'>,
    readonly options: CommandOptions = {},
  ) {
    super();
  }
}
