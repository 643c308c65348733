import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { UnknownGoalError } from '@goaltrail/goals-domain';
import { GoalsReadModelRef } from '../../../shared/goals-read-model-ref';
import { IndicatorCommandExecutor } from '../../../write/indicator-command-executor';
import type { IndicatorCommandOutcome } from '../../../write/indicator-outcome';
import { LinkIndicatorToGoalCommand } from './link-indicator-to-goal.command';

/**
 * The indicator stream cannot see plans, so the goal is checked here, in the goals read model: a goal
 * that no plan holds or held is unknown (404). The link names the committee of the newest such plan.
 */
@CommandHandler(LinkIndicatorToGoalCommand)
export class LinkIndicatorToGoalHandler implements ICommandHandler<LinkIndicatorToGoalCommand> {
  constructor(
    @Inject(IndicatorCommandExecutor) private readonly executor: IndicatorCommandExecutor,
    @Inject(GoalsReadModelRef) private readonly goals: GoalsReadModelRef,
  ) {}

  execute({ actor, input, options }: LinkIndicatorToGoalCommand): Promise<IndicatorCommandOutcome> {
    const plan = this.goals.get().goalPlans(input.goalId)[0];
    if (!plan) throw new UnknownGoalError(input.goalId);
    return this.executor.execute({ type: 'LinkIndicatorToGoal', ...input, committeeId: plan.committeeId }, actor, options);
  }
}
