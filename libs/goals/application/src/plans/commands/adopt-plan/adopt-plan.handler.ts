import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '../../../write/command-executor';
import type { CommandOutcome } from '../../../write/command-outcome';
import { AdoptPlanCommand } from './adopt-plan.command';

/** Runs AdoptPlan through the shared write path. */
@CommandHandler(AdoptPlanCommand)
export class AdoptPlanHandler implements ICommandHandler<AdoptPlanCommand> {
  constructor(@Inject(CommandExecutor) private readonly executor: CommandExecutor) {}

  execute({ actor, input, options }: AdoptPlanCommand): Promise<CommandOutcome> {
    return this.executor.execute({ type: 'AdoptPlan', ...input }, actor, options);
  }
}
