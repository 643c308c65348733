import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '../../../write/command-executor';
import type { CommandOutcome } from '../../../write/command-outcome';
import { RemoveFocusAreaCommand } from './remove-focus-area.command';

/** Runs RemoveFocusArea through the shared write path. */
@CommandHandler(RemoveFocusAreaCommand)
export class RemoveFocusAreaHandler implements ICommandHandler<RemoveFocusAreaCommand> {
  constructor(@Inject(CommandExecutor) private readonly executor: CommandExecutor) {}

  execute({ actor, input, options }: RemoveFocusAreaCommand): Promise<CommandOutcome> {
    return this.executor.execute({ type: 'RemoveFocusArea', ...input }, actor, options);
  }
}
