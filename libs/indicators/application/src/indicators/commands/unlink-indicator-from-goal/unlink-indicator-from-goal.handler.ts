import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { IndicatorCommandExecutor } from '../../../write/indicator-command-executor';
import type { IndicatorCommandOutcome } from '../../../write/indicator-outcome';
import { UnlinkIndicatorFromGoalCommand } from './unlink-indicator-from-goal.command';

/** Runs UnlinkIndicatorFromGoal through the indicators write path. */
@CommandHandler(UnlinkIndicatorFromGoalCommand)
export class UnlinkIndicatorFromGoalHandler implements ICommandHandler<UnlinkIndicatorFromGoalCommand> {
  constructor(@Inject(IndicatorCommandExecutor) private readonly executor: IndicatorCommandExecutor) {}

  execute({ actor, input, options }: UnlinkIndicatorFromGoalCommand): Promise<IndicatorCommandOutcome> {
    return this.executor.execute({ type: 'UnlinkIndicatorFromGoal', ...input }, actor, options);
  }
}
