import { Inject, Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { GoalsReadModel } from '@goaltrail/goals-application';

/**
 * The GoalsReadModel of the GoalsApplicationModule running in the same app, found when first needed.
 * Importing `GoalsApplicationModule.register()` here would start a second goals module with a second
 * read model (Nest 11 tells dynamic modules apart by reference), so the model is looked up instead.
 */
@Injectable()
export class GoalsReadModelRef {
  private model: GoalsReadModel | null = null;

  constructor(@Inject(ModuleRef) private readonly modules: ModuleRef) {}

  get(): GoalsReadModel {
    this.model ??= this.modules.get<GoalsReadModel, GoalsReadModel>(GoalsReadModel, { strict: false });
    return this.model;
  }
}
