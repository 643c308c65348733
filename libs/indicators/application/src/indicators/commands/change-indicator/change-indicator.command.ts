import { Command } from '@nestjs/cqrs';
import type { Actor, CommandOptions } from '@goaltrail/goals-application';
import type { ReviseIndicatorDefinition } from '@goaltrail/indicators-domain';
import type { IndicatorCommandOutcome } from '../../../write/indicator-outcome';

/** What a change of an indicator may hold; every part is optional but at least one is needed. */
export interface ChangeIndicatorInput {
  readonly indicatorId: string;
  /** A new display name (keeps the definition version). */
  readonly name?: string;
  /** A new tolerance in the indicator's unit (keeps the definition version). */
  readonly tolerance?: number;
  /** Definition fields to change, with the reason: a new definition version. */
  readonly definition?: Omit<ReviseIndicatorDefinition, 'type' | 'indicatorId'>;
}

/**
 * Change an indicator: a new definition version, a new name and/or a new tolerance, decided together and
 * written in one append, so a request is recorded whole or not at all.
 */
export class ChangeIndicatorCommand extends Command<IndicatorCommandOutcome> {
  constructor(
    readonly actor: Actor,
    readonly input: ChangeIndicatorInput,
    readonly options: CommandOptions = {},
  ) {
    super();
  }
}
