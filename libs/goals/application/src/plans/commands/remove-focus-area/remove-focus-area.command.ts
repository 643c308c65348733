import { Command } from '@nestjs/cqrs';
import type { RemoveFocusArea } from '@goaltrail/goals-domain';
import type { Actor, CommandOptions } from '../../../shared/actor';
import type { CommandOutcome } from '../../../write/command-outcome';

/** Take an empty focus area out of a draft plan. */
export class RemoveFocusAreaCommand extends Command<CommandOutcome> {
  constructor(
    readonly actor: Actor,
    readonly input: Omit<RemoveFocusArea, 'type'>,
    readonly options: CommandOptions = {},
  ) {
    super();
  }
}
