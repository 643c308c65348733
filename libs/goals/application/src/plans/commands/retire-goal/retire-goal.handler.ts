import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '../../../write/command-executor';
import type { CommandOutcome } from '../../../write/command-outcome';
import { RetireGoalCommand } from './retire-goal.command';

/** Runs RetireGoal through the shared write path. */
@CommandHandler(RetireGoalCommand)
export class RetireGoalHandler implements ICommandHandler<RetireGoalCommand> {
  constructor(@Inject(CommandExecutor) private readonly executor: CommandExecutor) {}

  execute({ actor, input, options }: RetireGoalCommand): Promise<CommandOutcome> {
    return this.executor.execute({ type: 'RetireGoal', ...input }, actor, options);
  }
}
