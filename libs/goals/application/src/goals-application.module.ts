import { Module, type DynamicModule, type ModuleMetadata, type Provider } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import type { EventStore } from '@goaltrail/event-store-port';
import { commandHandlers, queryHandlers } from './goals-application.handlers';
import { ProjectionLifecycle } from './projections/projection-lifecycle';
import { ProjectionRunner } from './projections/projection-runner';
import { GoalDocumentImporter } from './imports/goal-document-importer';
import { SampleHistorySeeder } from './imports/seed/sample-history-seeder';
import { GoalsReadModel } from './read-model/goals-read-model';
import { EVENT_STORE_PORT } from './shared/goals-application.tokens';
import { CommandExecutor } from './write/command-executor';

/** What the app hands the module. */
export interface GoalsApplicationOptions {
  /** Modules that provide EVENT_STORE_PORT and CLOCK, unless a global module already does. */
  imports?: ModuleMetadata['imports'];
}

/**
 * The goals application layer: command and query handlers on @nestjs/cqrs, the command executor,
 * and the projection runner, which catches up on module init (the app answers only after that)
 * and stops on destroy. The app provides EVENT_STORE_PORT and CLOCK.
 */
@Module({})
export class GoalsApplicationModule {
  static register(options: GoalsApplicationOptions = {}): DynamicModule {
    const providers: Provider[] = [
      CommandExecutor,
      GoalDocumentImporter,
      SampleHistorySeeder,
      { provide: GoalsReadModel, useFactory: () => new GoalsReadModel() },
      {
        provide: ProjectionRunner,
        useFactory: (store: EventStore, model: GoalsReadModel) => new ProjectionRunner(store, model),
        inject: [EVENT_STORE_PORT, GoalsReadModel],
      },
      ProjectionLifecycle,
      ...commandHandlers,
      ...queryHandlers,
    ];
    return {
      module: GoalsApplicationModule,
      imports: [CqrsModule.forRoot(), ...(options.imports ?? [])],
      providers,
      exports: [CommandExecutor, GoalDocumentImporter, SampleHistorySeeder, GoalsReadModel, ProjectionRunner],
    };
  }
}
