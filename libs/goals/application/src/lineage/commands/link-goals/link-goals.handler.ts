import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '../../../write/command-executor';
import type { CommandOutcome } from '../../../write/command-outcome';
import { LinkGoalsCommand } from './link-goals.command';

/** Runs LinkGoals through the shared write path. */
@CommandHandler(LinkGoalsCommand)
export class LinkGoalsHandler implements ICommandHandler<LinkGoalsCommand> {
  constructor(@Inject(CommandExecutor) private readonly executor: CommandExecutor) {}

  execute({ actor, input, options }: LinkGoalsCommand): Promise<CommandOutcome> {
    return this.executor.execute({ type: 'LinkGoals', ...input }, actor, options);
  }
}
