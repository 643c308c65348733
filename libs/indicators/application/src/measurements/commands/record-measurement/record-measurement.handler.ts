import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { IndicatorCommandExecutor } from '../../../write/indicator-command-executor';
import type { IndicatorCommandOutcome } from '../../../write/indicator-outcome';
import { RecordMeasurementCommand } from './record-measurement.command';

/** Runs RecordMeasurement through the indicators write path. */
@CommandHandler(RecordMeasurementCommand)
export class RecordMeasurementHandler implements ICommandHandler<RecordMeasurementCommand> {
  constructor(@Inject(IndicatorCommandExecutor) private readonly executor: IndicatorCommandExecutor) {}

  execute({ actor, input, options }: RecordMeasurementCommand): Promise<IndicatorCommandOutcome> {
    return this.executor.execute({ type: 'RecordMeasurement', ...input }, actor, options);
  }
}
