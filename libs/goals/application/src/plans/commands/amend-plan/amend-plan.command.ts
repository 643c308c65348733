import { Command } from '@nestjs/cqrs';
import type { AmendPlan } from '@goaltrail/goals-domain';
import type { Actor, CommandOptions } from '../../../shared/actor';
import type { CommandOutcome } from '../../../write/command-outcome';

/** Change an adopted plan by a decision: every change in one atomic append. */
export class AmendPlanCommand extends Command<CommandOutcome> {
  constructor(
    readonly actor: Actor,
    readonly input: Omit<AmendPlan, 'type'>,
    readonly options: CommandOptions = {},
  ) {
    super();
  }
}
