import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '../../../write/command-executor';
import type { CommandOutcome } from '../../../write/command-outcome';
import { RegisterCommitteeCommand } from './register-committee.command';

/** Runs RegisterCommittee through the shared write path. */
@CommandHandler(RegisterCommitteeCommand)
export class RegisterCommitteeHandler implements ICommandHandler<RegisterCommitteeCommand> {
  constructor(@Inject(CommandExecutor) private readonly executor: CommandExecutor) {}

  execute({ actor, input, options }: RegisterCommitteeCommand): Promise<CommandOutcome> {
    return this.executor.execute({ type: 'RegisterCommittee', ...input }, actor, options);
  }
}
