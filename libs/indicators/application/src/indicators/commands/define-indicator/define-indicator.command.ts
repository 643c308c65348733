import { Command } from '@nestjs/cqrs';
import type { Actor, CommandOptions } from '@goaltrail/goals-application';
import type { DefineIndicator } from '@goaltrail/indicators-domain';
import type { IndicatorCommandOutcome } from '../../../write/indicator-outcome';

/** The input of DefineIndicator: the domain command without its type; the id is made when absent. */
export type DefineIndicatorInput = Omit<DefineIndicator, 'type' | 'indicatorId'> & { indicatorId?: string };

/** The outcome of DefineIndicator, with the id of the new indicator. */
export type DefineIndicatorOutcome = IndicatorCommandOutcome & { readonly indicatorId: string };

/**
 * Define a new indicator at definition version 1, e.g. from the seed or the CLI:
 * `commandBus.execute(new DefineIndicatorCommand(actor, { indicatorId: 'nojdhet', name, unit: 'percent', … }))`.
 */
export class DefineIndicatorCommand extends Command<DefineIndicatorOutcome> {
  constructor(
    readonly actor: Actor,
    readonly input: DefineIndicatorInput,
    readonly options: CommandOptions = {},
  ) {
    super();
  }
}
