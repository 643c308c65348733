import { Command } from '@nestjs/cqrs';
import type { Actor, CommandOptions } from '@goaltrail/goals-application';
import type { IndicatorCommandOutcome } from '../../../write/indicator-outcome';

/** Link an indicator to a goal it follows up; the goal's committee is looked up, the goal must exist (404). */
export class LinkIndicatorToGoalCommand extends Command<IndicatorCommandOutcome> {
  constructor(
    readonly actor: Actor,
    readonly input: { readonly indicatorId: string; readonly goalId: string },
    readonly options: CommandOptions = {},
  ) {
    super();
  }
}
