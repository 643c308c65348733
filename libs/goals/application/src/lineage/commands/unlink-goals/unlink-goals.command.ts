import { Command } from '@nestjs/cqrs';
import type { UnlinkGoals } from '@goaltrail/goals-domain';
import type { Actor, CommandOptions } from '../../../shared/actor';
import type { CommandOutcome } from '../../../write/command-outcome';

/** Withdraw a recorded lineage link. */
export class UnlinkGoalsCommand extends Command<CommandOutcome> {
  constructor(
    readonly actor: Actor,
    readonly input: Omit<UnlinkGoals, 'type'>,
    readonly options: CommandOptions = {},
  ) {
    super();
  }
}
