import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { IndicatorInputError, type IndicatorCommand } from '@goaltrail/indicators-domain';
import { IndicatorCommandExecutor } from '../../../write/indicator-command-executor';
import type { IndicatorCommandOutcome } from '../../../write/indicator-outcome';
import { ChangeIndicatorCommand, type ChangeIndicatorInput } from './change-indicator.command';

/** Turns the change into the domain's commands (definition, name, tolerance) and runs them as one write. */
@CommandHandler(ChangeIndicatorCommand)
export class ChangeIndicatorHandler implements ICommandHandler<ChangeIndicatorCommand> {
  constructor(@Inject(IndicatorCommandExecutor) private readonly executor: IndicatorCommandExecutor) {}

  execute({ actor, input, options }: ChangeIndicatorCommand): Promise<IndicatorCommandOutcome> {
    return this.executor.executeAll(domainCommands(input), actor, options);
  }
}

function domainCommands({ indicatorId, name, tolerance, definition }: ChangeIndicatorInput): IndicatorCommand[] {
  const commands: IndicatorCommand[] = [];
  if (definition) commands.push({ type: 'ReviseIndicatorDefinition', indicatorId, ...definition });
  if (name !== undefined) commands.push({ type: 'RenameIndicator', indicatorId, name });
  if (tolerance !== undefined) commands.push({ type: 'SetIndicatorTolerance', indicatorId, tolerance });
  if (commands.length === 0) {
    throw new IndicatorInputError([{ path: [], message: 'names nothing to change: give a name, a tolerance or definition fields' }]);
  }
  return commands;
}
