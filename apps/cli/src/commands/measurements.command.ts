import { defineCommand, UsageError } from '../registry/command';
import { importMeasurements } from './measurements-import';

/** `goaltrail measurements import <file>`: Kolada measurement files into the indicators carrying their KPI ids. */
export const measurementsCommand = defineCommand({
  name: 'measurements',
  summary: 'Import a Kolada measurement file (JSON) into the indicators carrying its KPI ids',
  usage: 'import <file>',
  maxPositionals: 2,
  options: {
    municipality: {
      type: 'string',
      valueName: 'code',
      description: 'Four-digit municipality code to import (needed when the file holds several), e.g. 0182',
    },
    'dry-run': { type: 'boolean', description: 'Read, check and decide everything; record nothing' },
    json: { type: 'boolean', description: 'Print the result as JSON' },
  },
  async run({ values, positionals }, context) {
    const [action, file] = positionals;
    if (action !== 'import') {
      throw new UsageError(action === undefined ? 'say what to do: import <file>' : `unknown action "${action}"; use import <file>`);
    }
    if (file === undefined) throw new UsageError('name the Kolada file to import');
    return importMeasurements(
      {
        file,
        dryRun: values['dry-run'] === true,
        json: values.json === true,
        ...(values.municipality === undefined ? {} : { municipality: values.municipality }),
      },
      context,
    );
  },
});
