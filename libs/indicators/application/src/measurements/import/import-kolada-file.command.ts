import { Command } from '@nestjs/cqrs';
import type { Actor, CommandOptions } from '@goaltrail/goals-application';
import type { MeasurementsImportInput, MeasurementsImportResult } from './measurements-import.types';

/** Import a Kolada file's measurements (or, with `dryRun`, only check and count them) through the bus. */
export class ImportKoladaFileCommand extends Command<MeasurementsImportResult> {
  constructor(
    readonly actor: Actor,
    readonly input: MeasurementsImportInput,
    readonly options: CommandOptions = {},
  ) {
    super();
  }
}
