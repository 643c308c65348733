import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '../../../write/command-executor';
import type { CommandOutcome } from '../../../write/command-outcome';
import { DraftPlanCommand } from './draft-plan.command';

/** Runs DraftPlan through the shared write path. */
@CommandHandler(DraftPlanCommand)
export class DraftPlanHandler implements ICommandHandler<DraftPlanCommand> {
  constructor(@Inject(CommandExecutor) private readonly executor: CommandExecutor) {}

  execute({ actor, input, options }: DraftPlanCommand): Promise<CommandOutcome> {
    return this.executor.execute({ type: 'DraftPlan', ...input }, actor, options);
  }
}
