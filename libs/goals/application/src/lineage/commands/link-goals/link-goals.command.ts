import { Command } from '@nestjs/cqrs';
import type { LinkGoals } from '@goaltrail/goals-domain';
import type { Actor, CommandOptions } from '../../../shared/actor';
import type { CommandOutcome } from '../../../write/command-outcome';

/** Record how a goal of one year relates to a goal of a later year, or its retirement. */
export class LinkGoalsCommand extends Command<CommandOutcome> {
  constructor(
    readonly actor: Actor,
    readonly input: Omit<LinkGoals, 'type'>,
    readonly options: CommandOptions = {},
  ) {
    super();
  }
}
