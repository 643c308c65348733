import { importQuerySchema, importRequestSchema, type SessionUser } from '@goaltrail/contracts';
import { ImportGoalDocumentCommand, ProjectionRunner, type ImportResult } from '@goaltrail/goals-application';
import { Body, Controller, HttpCode, Inject, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { CurrentUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/roles.decorator';
import { ApiZodBody } from '../http/openapi';
import { ValidateWith } from '../http/request-validation';

/**
 * The answer to a commit: what was written, without the preview and the planned commands the dry run showed.
 * For a 5 MB document those are 13 MB of JSON, which took longer to send and read than the import to write.
 */
export type CommittedImport = Omit<ImportResult, 'preview' | 'actions'> & { preview: null; actions: null };

/** Goal documents in: a preview with the planned commands, or (dryRun=false) the recorded import. */
@ApiTags('imports')
@Controller('imports')
export class ImportsController {
  constructor(
    @Inject(CommandBus) private readonly commands: CommandBus,
    @Inject(ProjectionRunner) private readonly projections: ProjectionRunner,
  ) {}

  /** Reads a document into a preview and plans its commands; with `dryRun=false` records them too. */
  @Post()
  @HttpCode(200)
  @Roles('admin', 'planner')
  @ApiZodBody(importRequestSchema)
  async import(
    @CurrentUser() user: SessionUser,
    @Query(new ValidateWith(importQuerySchema, 'query')) query: z.infer<typeof importQuerySchema>,
    @Body(new ValidateWith(importRequestSchema)) body: z.infer<typeof importRequestSchema>,
  ): Promise<ImportResult | CommittedImport> {
    const result = await this.commands.execute<ImportGoalDocumentCommand, ImportResult>(
      new ImportGoalDocumentCommand(user, { ...body, dryRun: query.dryRun }),
    );
    if (result.dryRun) return result;
    // Read-your-writes: a GET of the plan right after the answer sees the import.
    if (result.position !== null) await this.projections.waitFor(result.position, 5_000);
    return { ...result, preview: null, actions: null };
  }
}
