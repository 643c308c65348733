import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '../../../write/command-executor';
import type { CommandOutcome } from '../../../write/command-outcome';
import { AmendPlanCommand } from './amend-plan.command';

/** Runs AmendPlan through the shared write path. */
@CommandHandler(AmendPlanCommand)
export class AmendPlanHandler implements ICommandHandler<AmendPlanCommand> {
  constructor(@Inject(CommandExecutor) private readonly executor: CommandExecutor) {}

  execute({ actor, input, options }: AmendPlanCommand): Promise<CommandOutcome> {
    return this.executor.execute({ type: 'AmendPlan', ...input }, actor, options);
  }
}
