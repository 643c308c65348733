import type { Type } from '@nestjs/common';
import { GetCommitteeFollowUpHandler } from './follow-up/queries/get-committee-follow-up/get-committee-follow-up.handler';
import { ChangeIndicatorHandler } from './indicators/commands/change-indicator/change-indicator.handler';
import { DefineIndicatorHandler } from './indicators/commands/define-indicator/define-indicator.handler';
import { LinkIndicatorToGoalHandler } from './indicators/commands/link-indicator-to-goal/link-indicator-to-goal.handler';
import { UnlinkIndicatorFromGoalHandler } from './indicators/commands/unlink-indicator-from-goal/unlink-indicator-from-goal.handler';
import { GetIndicatorSeriesHandler } from './indicators/queries/get-indicator-series/get-indicator-series.handler';
import { GetIndicatorHandler } from './indicators/queries/get-indicator/get-indicator.handler';
import { ListIndicatorsHandler } from './indicators/queries/list-indicators/list-indicators.handler';
import { RecordMeasurementHandler } from './measurements/commands/record-measurement/record-measurement.handler';
import { ImportKoladaFileHandler } from './measurements/import/import-kolada-file.handler';
import { SetTargetHandler } from './targets/commands/set-target/set-target.handler';

/** Every indicator command handler; each is a thin call of the IndicatorCommandExecutor (or the importer). */
export const indicatorCommandHandlers: Type[] = [
  DefineIndicatorHandler,
  ChangeIndicatorHandler,
  LinkIndicatorToGoalHandler,
  UnlinkIndicatorFromGoalHandler,
  SetTargetHandler,
  RecordMeasurementHandler,
  ImportKoladaFileHandler,
];

/** Every indicator query handler; all answer from the read models, none reads the store. */
export const indicatorQueryHandlers: Type[] = [
  ListIndicatorsHandler,
  GetIndicatorHandler,
  GetIndicatorSeriesHandler,
  GetCommitteeFollowUpHandler,
];
