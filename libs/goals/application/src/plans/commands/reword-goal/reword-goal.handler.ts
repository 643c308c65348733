import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '../../../write/command-executor';
import type { CommandOutcome } from '../../../write/command-outcome';
import { RewordGoalCommand } from './reword-goal.command';

/** Runs RewordGoal through the shared write path. */
@CommandHandler(RewordGoalCommand)
export class RewordGoalHandler implements ICommandHandler<RewordGoalCommand> {
  constructor(@Inject(CommandExecutor) private readonly executor: CommandExecutor) {}

  execute({ actor, input, options }: RewordGoalCommand): Promise<CommandOutcome> {
    return this.executor.execute({ type: 'RewordGoal', ...input }, actor, options);
  }
}
