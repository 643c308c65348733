import { ImportGoalDocumentCommand, type ImportResult } from '@goaltrail/goals-application';
import { CommandBus } from '@nestjs/cqrs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { exitCodes } from '../cli';
import { defineCommand, UsageError } from '../registry/command';
import { openGoalsContext } from '../store/goals-context';
import { withConfiguredStore } from '../store/open-configured-store';
import { importSummary } from './import-summary';
import { cliActor } from './users-support';

/** Files above this size get a progress line: parsing and recording take a noticeable moment. */
const bigFileBytes = 512 * 1024;

/** `goaltrail import <file>`: previews a goal document (--dry-run) or records it as events in the configured store. */
export const importCommand = defineCommand({
  name: 'import',
  summary: 'Import a goal document (text) into a committee plan; --dry-run only previews it',
  usage: '<file>',
  maxPositionals: 1,
  options: {
    committee: { type: 'string', valueName: 'id', description: 'Committee id, e.g. socialnamnden (wins over the document)' },
    year: { type: 'string', valueName: 'year', description: 'Plan year (wins over the document and the file name)' },
    'dry-run': { type: 'boolean', description: 'Show the preview and the planned commands; record nothing' },
    json: { type: 'boolean', description: 'Print the result as JSON' },
  },
  async run({ values, positionals }, context) {
    const file = positionals[0];
    if (!file) throw new UsageError('name the file to import');
    const year = values.year === undefined ? undefined : Number(values.year);
    if (year !== undefined && !Number.isInteger(year)) throw new UsageError(`--year must be a whole year (got "${values.year}")`);
    const text = await readFile(file, 'utf8').catch((error: unknown) => {
      throw new Error(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
    });
    const big = Buffer.byteLength(text) > bigFileBytes;
    const started = Date.now();
    if (big) context.stderr.write(`Importing ${basename(file)} (${(Buffer.byteLength(text) / 1_048_576).toFixed(1)} MB)…\n`);
    const { actor: username, role } = cliActor(context.env);
    const input = {
      text,
      fileName: basename(file),
      dryRun: values['dry-run'] === true,
      ...(values.committee === undefined ? {} : { committeeId: values.committee }),
      ...(year === undefined ? {} : { year }),
    };
    const result = await withConfiguredStore(context.env, async (store) => {
      const goals = await openGoalsContext(store);
      try {
        return await goals.get(CommandBus).execute<ImportGoalDocumentCommand, ImportResult>(
          new ImportGoalDocumentCommand({ username, role }, input),
        );
      } finally {
        await goals.close();
      }
    });
    if (big) context.stderr.write(`Importing ${basename(file)}: done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    context.stdout.write(values.json ? `${JSON.stringify(result)}\n` : importSummary(result));
    return exitCodes.ok;
  },
});
