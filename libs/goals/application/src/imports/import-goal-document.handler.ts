import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { GoalDocumentImporter } from './goal-document-importer';
import { ImportGoalDocumentCommand, type ImportResult } from './import-goal-document.command';

/** Runs an import through the importer service, which appends through the shared write path. */
@CommandHandler(ImportGoalDocumentCommand)
export class ImportGoalDocumentHandler implements ICommandHandler<ImportGoalDocumentCommand> {
  constructor(@Inject(GoalDocumentImporter) private readonly importer: GoalDocumentImporter) {}

  execute({ actor, input, options }: ImportGoalDocumentCommand): Promise<ImportResult> {
    return this.importer.import(input, actor, options);
  }
}
