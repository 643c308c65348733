import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '../../../write/command-executor';
import type { CommandOutcome } from '../../../write/command-outcome';
import { ReviseFocusAreaCommand } from './revise-focus-area.command';

/** Runs ReviseFocusArea through the shared write path. */
@CommandHandler(ReviseFocusAreaCommand)
export class ReviseFocusAreaHandler implements ICommandHandler<ReviseFocusAreaCommand> {
  constructor(@Inject(CommandExecutor) private readonly executor: CommandExecutor) {}

  execute({ actor, input, options }: ReviseFocusAreaCommand): Promise<CommandOutcome> {
    return this.executor.execute({ type: 'ReviseFocusArea', ...input }, actor, options);
  }
}
