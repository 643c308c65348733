import { IndicatorsApplicationModule } from '@goaltrail/indicators-application';
import { Module } from '@nestjs/common';
import { FollowUpController } from './follow-up.controller';
import { IndicatorValuesController } from './indicator-values.controller';
import { IndicatorsController } from './indicators.controller';
import { MeasurementsImportController } from './measurements-import.controller';

/** The indicator endpoints over the indicators application layer (which runs beside the goals layer). */
@Module({
  imports: [IndicatorsApplicationModule.register()],
  controllers: [IndicatorsController, IndicatorValuesController, MeasurementsImportController, FollowUpController],
})
export class IndicatorsHttpModule {}
