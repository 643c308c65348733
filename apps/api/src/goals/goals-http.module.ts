import { GoalsApplicationModule } from '@goaltrail/goals-application';
import { Module } from '@nestjs/common';
import { CommitteesController } from './committees.controller';
import { EventLogController } from './event-log.controller';
import { PlanExportController } from './export/plan-export.controller';
import { GoalsController } from './goals.controller';
import { ImportsController } from './imports.controller';
import { LineageController } from './lineage.controller';
import { PlansController } from './plans.controller';
import { ProjectionsController } from './projections.controller';

/** The goal endpoints over the goals application layer. */
@Module({
  imports: [GoalsApplicationModule.register()],
  controllers: [
    CommitteesController,
    PlansController,
    PlanExportController,
    GoalsController,
    LineageController,
    EventLogController,
    ProjectionsController,
    ImportsController,
  ],
})
export class GoalsHttpModule {}
