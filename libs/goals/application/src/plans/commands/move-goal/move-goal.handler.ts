import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '../../../write/command-executor';
import type { CommandOutcome } from '../../../write/command-outcome';
import { MoveGoalCommand } from './move-goal.command';

/** Runs MoveGoal through the shared write path. */
@CommandHandler(MoveGoalCommand)
export class MoveGoalHandler implements ICommandHandler<MoveGoalCommand> {
  constructor(@Inject(CommandExecutor) private readonly executor: CommandExecutor) {}

  execute({ actor, input, options }: MoveGoalCommand): Promise<CommandOutcome> {
    return this.executor.execute({ type: 'MoveGoal', ...input }, actor, options);
  }
}
