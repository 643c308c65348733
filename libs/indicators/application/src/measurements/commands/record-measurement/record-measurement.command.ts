import { Command } from '@nestjs/cqrs';
import type { Actor, CommandOptions } from '@goaltrail/goals-application';
import type { RecordMeasurement } from '@goaltrail/indicators-domain';
import type { IndicatorCommandOutcome } from '../../../write/indicator-outcome';

/** Record a period's outcome (utfall); a period that has one gets a correction, which needs a reason. */
export class RecordMeasurementCommand extends Command<IndicatorCommandOutcome> {
  constructor(
    readonly actor: Actor,
    readonly input: Omit<RecordMeasurement, 'type'>,
    readonly options: CommandOptions = {},
  ) {
    super();
  }
}
