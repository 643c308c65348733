import { Command } from '@nestjs/cqrs';
import type { DraftPlan } from '@goaltrail/goals-domain';
import type { Actor, CommandOptions } from '../../../shared/actor';
import type { CommandOutcome } from '../../../write/command-outcome';

/** Start a committee's plan for a year, optionally carrying `fromYear` forward. */
export class DraftPlanCommand extends Command<CommandOutcome> {
  constructor(
    readonly actor: Actor,
    readonly input: Omit<DraftPlan, 'type'>,
    readonly options: CommandOptions = {},
  ) {
    super();
  }
}
