import { Command } from '@nestjs/cqrs';
import type { Actor, CommandOptions } from '@goaltrail/goals-application';
import type { UnlinkIndicatorFromGoal } from '@goaltrail/indicators-domain';
import type { IndicatorCommandOutcome } from '../../../write/indicator-outcome';

/** Stop following up a goal with an indicator, optionally saying why. */
export class UnlinkIndicatorFromGoalCommand extends Command<IndicatorCommandOutcome> {
  constructor(
    readonly actor: Actor,
    readonly input: Omit<UnlinkIndicatorFromGoal, 'type'>,
    readonly options: CommandOptions = {},
  ) {
    super();
  }
}
