import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '../../../write/command-executor';
import { AddGoalCommand, type AddGoalOutcome } from './add-goal.command';

/** Runs AddGoal through the shared write path; ids are made in the application, never the domain. */
@CommandHandler(AddGoalCommand)
export class AddGoalHandler implements ICommandHandler<AddGoalCommand> {
  constructor(@Inject(CommandExecutor) private readonly executor: CommandExecutor) {}

  async execute({ actor, input, options }: AddGoalCommand): Promise<AddGoalOutcome> {
    const goalId = input.goalId ?? randomUUID();
    const outcome = await this.executor.execute({ type: 'AddGoal', ...input, goalId }, actor, options);
    return { ...outcome, goalId };
  }
}
