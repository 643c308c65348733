import { GoalsApplicationModule } from '@goaltrail/goals-application';
import { Module } from '@nestjs/common';
import { CommitteesController } from './committees.controller';
import { EventLogController } from './event-log.controller';
import { GoalsController } from './goals.controller';
import { LineageController } from './lineage.controller';
import { PlansController } from './plans.controller';

/** The goal endpoints over the goals application layer. */
@Module({
  imports: [GoalsApplicationModule.register()],
  controllers: [CommitteesController, PlansController, GoalsController, LineageController, EventLogController],
})
export class GoalsHttpModule {}
