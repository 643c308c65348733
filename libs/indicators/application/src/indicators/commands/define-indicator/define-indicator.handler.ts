import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { IndicatorCommandExecutor } from '../../../write/indicator-command-executor';
import { DefineIndicatorCommand, type DefineIndicatorOutcome } from './define-indicator.command';

/** Runs DefineIndicator through the indicators write path; ids are made here, never in the domain. */
@CommandHandler(DefineIndicatorCommand)
export class DefineIndicatorHandler implements ICommandHandler<DefineIndicatorCommand> {
  constructor(@Inject(IndicatorCommandExecutor) private readonly executor: IndicatorCommandExecutor) {}

  async execute({ actor, input, options }: DefineIndicatorCommand): Promise<DefineIndicatorOutcome> {
    const indicatorId = input.indicatorId ?? randomUUID();
    const outcome = await this.executor.execute({ type: 'DefineIndicator', ...input, indicatorId }, actor, options);
    return { ...outcome, indicatorId };
  }
}
