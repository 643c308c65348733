import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '../../../write/command-executor';
import { AddFocusAreaCommand, type AddFocusAreaOutcome } from './add-focus-area.command';

/** Runs AddFocusArea through the shared write path; ids are made in the application, never the domain. */
@CommandHandler(AddFocusAreaCommand)
export class AddFocusAreaHandler implements ICommandHandler<AddFocusAreaCommand> {
  constructor(@Inject(CommandExecutor) private readonly executor: CommandExecutor) {}

  async execute({ actor, input, options }: AddFocusAreaCommand): Promise<AddFocusAreaOutcome> {
    const focusAreaId = input.focusAreaId ?? randomUUID();
    const outcome = await this.executor.execute({ type: 'AddFocusArea', ...input, focusAreaId }, actor, options);
    return { ...outcome, focusAreaId };
  }
}
