import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { IndicatorCommandExecutor } from '../../../write/indicator-command-executor';
import type { IndicatorCommandOutcome } from '../../../write/indicator-outcome';
import { SetTargetCommand } from './set-target.command';

/** Runs SetTarget through the indicators write path. */
@CommandHandler(SetTargetCommand)
export class SetTargetHandler implements ICommandHandler<SetTargetCommand> {
  constructor(@Inject(IndicatorCommandExecutor) private readonly executor: IndicatorCommandExecutor) {}

  execute({ actor, input, options }: SetTargetCommand): Promise<IndicatorCommandOutcome> {
    return this.executor.execute({ type: 'SetTarget', ...input }, actor, options);
  }
}
