import { GoalsReadModel } from '@goaltrail/goals-application';
import { Controller, Get, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/roles.decorator';

/**
 * The live read model's checkpoint and fingerprint. `goaltrail rebuild` prints the fingerprint of
 * a model rebuilt from zero; for the same log the two agree, which shows the read model is a pure
 * function of the events.
 */
@ApiTags('audit')
@Controller('projections')
export class ProjectionsController {
  constructor(@Inject(GoalsReadModel) private readonly model: GoalsReadModel) {}

  @Get()
  @Roles('admin', 'auditor')
  state() {
    return { checkpoint: this.model.checkpoint, events: this.model.eventCount, fingerprint: this.model.fingerprint() };
  }
}
