import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ImportKoladaFileCommand } from './import-kolada-file.command';
import type { MeasurementsImportResult } from './measurements-import.types';
import { MeasurementsImporter } from './measurements-importer';

/** Runs a Kolada import through the MeasurementsImporter, which appends through the indicators write path. */
@CommandHandler(ImportKoladaFileCommand)
export class ImportKoladaFileHandler implements ICommandHandler<ImportKoladaFileCommand> {
  constructor(@Inject(MeasurementsImporter) private readonly importer: MeasurementsImporter) {}

  execute({ actor, input, options }: ImportKoladaFileCommand): Promise<MeasurementsImportResult> {
    return this.importer.import(input, actor, options);
  }
}
