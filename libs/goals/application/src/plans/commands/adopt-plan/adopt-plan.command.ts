import { Command } from '@nestjs/cqrs';
import type { AdoptPlan } from '@goaltrail/goals-domain';
import type { Actor, CommandOptions } from '../../../shared/actor';
import type { CommandOutcome } from '../../../write/command-outcome';

/** Adopt a draft plan by a committee decision (reference and date). */
export class AdoptPlanCommand extends Command<CommandOutcome> {
  constructor(
    readonly actor: Actor,
    readonly input: Omit<AdoptPlan, 'type'>,
    readonly options: CommandOptions = {},
  ) {
    super();
  }
}
