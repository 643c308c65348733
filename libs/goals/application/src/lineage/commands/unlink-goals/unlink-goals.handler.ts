import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '../../../write/command-executor';
import type { CommandOutcome } from '../../../write/command-outcome';
import { UnlinkGoalsCommand } from './unlink-goals.command';

/** Runs UnlinkGoals through the shared write path. */
@CommandHandler(UnlinkGoalsCommand)
export class UnlinkGoalsHandler implements ICommandHandler<UnlinkGoalsCommand> {
  constructor(@Inject(CommandExecutor) private readonly executor: CommandExecutor) {}

  execute({ actor, input, options }: UnlinkGoalsCommand): Promise<CommandOutcome> {
    return this.executor.execute({ type: 'UnlinkGoals', ...input }, actor, options);
  }
}
