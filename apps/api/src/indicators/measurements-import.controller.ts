import { importMeasurementsQuerySchema, maxMeasurementsUploadBytes, type SessionUser } from '@goaltrail/contracts';
import {
  ImportKoladaFileCommand,
  IndicatorsProjectionRunner,
  type MeasurementsImportResult,
} from '@goaltrail/indicators-application';
import { Controller, Headers, HttpCode, Inject, Post, Query, Req, UnsupportedMediaTypeException } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiConsumes, ApiHeader, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import type { z } from 'zod';
import { CurrentUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/roles.decorator';
import { ApiZodQuery } from '../http/openapi';
import { ValidateWith } from '../http/request-validation';
import { UploadSpool } from './upload-spool';

/** Kolada measurement files in: checked whole, then written per indicator (see MeasurementsImporter). */
@ApiTags('indicators')
@Controller('measurements')
export class MeasurementsImportController {
  constructor(
    @Inject(CommandBus) private readonly commands: CommandBus,
    @Inject(IndicatorsProjectionRunner) private readonly projections: IndicatorsProjectionRunner,
  ) {}

  /**
   * The body is a Kolada `/v3/data` JSON file, streamed (not parsed whole, so files of hundreds of MB fit).
   * `dryRun=true` (the default) checks and counts; `dryRun=false` records. A malformed file, a value that does
   * not fit its indicator or two rows that disagree answer 400 naming line and JSON path, with nothing written.
   */
  @Post('import')
  @HttpCode(200)
  @Roles('admin', 'planner')
  @ApiConsumes('application/json')
  @ApiBody({ description: 'A Kolada /v3/data response: { "values": [ { "kpi", "municipality", "period", "values": [ { "gender", "value" } ] } ] }', schema: { type: 'object' } })
  @ApiHeader({ name: 'X-File-Name', required: false, description: 'The file name to record, when not given as fileName in the query.' })
  @ApiZodQuery(importMeasurementsQuerySchema)
  async import(
    @CurrentUser() user: SessionUser,
    @Query(new ValidateWith(importMeasurementsQuerySchema, 'query')) query: z.infer<typeof importMeasurementsQuerySchema>,
    @Headers('x-file-name') headerFileName: string | undefined,
    @Req() request: Request,
  ): Promise<MeasurementsImportResult> {
    if (!/^application\/json\s*(;|$)/i.test(request.headers['content-type'] ?? '')) {
      throw new UnsupportedMediaTypeException('Send the Kolada file as the request body with Content-Type: application/json.');
    }
    const spool = await UploadSpool.open(request, maxMeasurementsUploadBytes);
    try {
      const fileName = query.fileName ?? headerFileName?.trim() ?? 'kolada.json';
      const input = { chunks: spool.chunks, fileName, municipality: query.municipality ?? null, dryRun: query.dryRun };
      const result = await this.commands.execute<ImportKoladaFileCommand, MeasurementsImportResult>(new ImportKoladaFileCommand(user, input));
      // Read-your-writes: a GET of the indicator right after the answer sees the import.
      if (result.position !== null) await this.projections.waitFor(result.position, 30_000);
      return result;
    } finally {
      // Also after a refusal: the answer goes out once the whole body has arrived.
      await spool.discardRest();
      await spool.dispose();
    }
  }
}
