import { Command } from '@nestjs/cqrs';
import type { RewordGoal } from '@goaltrail/goals-domain';
import type { Actor, CommandOptions } from '../../../shared/actor';
import type { CommandOutcome } from '../../../write/command-outcome';

/** Give a goal a new wording in a draft plan; `expectedRevision` is the wording the editor saw. */
export class RewordGoalCommand extends Command<CommandOutcome> {
  constructor(
    readonly actor: Actor,
    readonly input: Omit<RewordGoal, 'type'>,
    readonly options: CommandOptions = {},
  ) {
    super();
  }
}
