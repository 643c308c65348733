import { rebuildProjections } from '@goaltrail/goals-application';
import { exitCodes } from '../cli';
import { createProgress } from '../output/progress';
import { defineCommand } from '../registry/command';
import { eventTotal, withConfiguredStore } from '../store/open-configured-store';

const count = new Intl.NumberFormat('en-US');

/**
 * `goaltrail rebuild`: builds the goals read model from position zero and prints its fingerprint.
 * The API builds the same model at start; `GET /api/projections` shows the live fingerprint, and
 * the two must agree for the same log.
 */
export const rebuildCommand = defineCommand({
  name: 'rebuild',
  summary: 'Rebuild the read model from the whole event log and print its fingerprint',
  options: {
    json: { type: 'boolean', description: 'Print the result as JSON' },
  },
  async run({ values }, context) {
    return withConfiguredStore(context.env, async (store, where) => {
      const total = await eventTotal(store);
      const progress = createProgress({ label: 'Rebuilding read model', stream: context.stderr, total, unit: 'events' });
      const started = Date.now();
      const model = await rebuildProjections(store, { onProgress: ({ applied }) => progress.update(applied) });
      progress.finish();
      const result = {
        store: where,
        events: model.eventCount,
        checkpoint: model.checkpoint,
        committees: model.committees().length,
        fingerprint: model.fingerprint(),
        seconds: (Date.now() - started) / 1000,
      };
      context.stdout.write(
        values.json
          ? `${JSON.stringify(result)}\n`
          : `Rebuilt the read model from ${count.format(result.events)} events (${result.committees} committees) ` +
              `in ${result.seconds.toFixed(1)} s.\nFingerprint: ${result.fingerprint}\n`,
      );
      return exitCodes.ok;
    });
  },
});
