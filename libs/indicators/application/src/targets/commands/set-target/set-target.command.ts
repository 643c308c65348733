import { Command } from '@nestjs/cqrs';
import type { Actor, CommandOptions } from '@goaltrail/goals-application';
import type { SetTarget } from '@goaltrail/indicators-domain';
import type { IndicatorCommandOutcome } from '../../../write/indicator-outcome';

/**
 * Set a year's target (målvärde); a year that has one gets a revision, which needs a reason. E.g.
 * `new SetTargetCommand(actor, { indicatorId, unit: 'percent', year: 2020, comparator: 'at-least', value: 75 })`.
 */
export class SetTargetCommand extends Command<IndicatorCommandOutcome> {
  constructor(
    readonly actor: Actor,
    readonly input: Omit<SetTarget, 'type'>,
    readonly options: CommandOptions = {},
  ) {
    super();
  }
}
