import { Command } from '@nestjs/cqrs';
import type { MoveGoal } from '@goaltrail/goals-domain';
import type { Actor, CommandOptions } from '../../../shared/actor';
import type { CommandOutcome } from '../../../write/command-outcome';

/** Move a goal to another section of a draft plan, or renumber it. */
export class MoveGoalCommand extends Command<CommandOutcome> {
  constructor(
    readonly actor: Actor,
    readonly input: Omit<MoveGoal, 'type'>,
    readonly options: CommandOptions = {},
  ) {
    super();
  }
}
