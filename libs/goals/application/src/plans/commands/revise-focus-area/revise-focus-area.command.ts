import { Command } from '@nestjs/cqrs';
import type { ReviseFocusArea } from '@goaltrail/goals-domain';
import type { Actor, CommandOptions } from '../../../shared/actor';
import type { CommandOutcome } from '../../../write/command-outcome';

/** Change a draft plan's focus area title or description. */
export class ReviseFocusAreaCommand extends Command<CommandOutcome> {
  constructor(
    readonly actor: Actor,
    readonly input: Omit<ReviseFocusArea, 'type'>,
    readonly options: CommandOptions = {},
  ) {
    super();
  }
}
