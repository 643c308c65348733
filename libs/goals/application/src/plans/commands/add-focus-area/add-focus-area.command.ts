import { Command } from '@nestjs/cqrs';
import type { AddFocusArea } from '@goaltrail/goals-domain';
import type { Actor, CommandOptions } from '../../../shared/actor';
import type { CommandOutcome } from '../../../write/command-outcome';

/** The outcome of AddFocusArea, with the id of what was added. */
export type AddFocusAreaOutcome = CommandOutcome & { readonly focusAreaId: string };

/** Add a council focus area to a draft plan; its id is made here when the caller has none. */
export class AddFocusAreaCommand extends Command<AddFocusAreaOutcome> {
  constructor(
    readonly actor: Actor,
    readonly input: Omit<AddFocusArea, 'type' | 'focusAreaId'> & { focusAreaId?: string },
    readonly options: CommandOptions = {},
  ) {
    super();
  }
}
