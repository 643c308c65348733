import { Command } from '@nestjs/cqrs';
import type { RegisterCommittee } from '@goaltrail/goals-domain';
import type { Actor, CommandOptions } from '../../../shared/actor';
import type { CommandOutcome } from '../../../write/command-outcome';

/** Start tracking a committee (nämnd); the id comes from the caller. */
export class RegisterCommitteeCommand extends Command<CommandOutcome> {
  constructor(
    readonly actor: Actor,
    readonly input: Omit<RegisterCommittee, 'type'>,
    readonly options: CommandOptions = {},
  ) {
    super();
  }
}
