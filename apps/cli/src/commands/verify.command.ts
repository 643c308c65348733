import { exitCodes } from '../cli';
import { createProgress } from '../output/progress';
import { defineCommand } from '../registry/command';
import { eventTotal, withConfiguredStore } from '../store/open-configured-store';

const count = new Intl.NumberFormat('en-US');

/** `goaltrail verify`: walks the hash chain of the configured store and names the first broken event. */
export const verifyCommand = defineCommand({
  name: 'verify',
  summary: 'Check that no stored event was changed, removed or reordered (hash chain)',
  options: {
    json: { type: 'boolean', description: 'Print the result as JSON' },
  },
  async run({ values }, context) {
    return withConfiguredStore(context.env, async (store, where) => {
      const total = await eventTotal(store);
      const progress = createProgress({ label: 'Verifying events', stream: context.stderr, total, unit: 'events' });
      const result = await store.verify({ onProgress: (checked) => progress.update(checked) });
      progress.finish();
      if (values.json) {
        context.stdout.write(`${JSON.stringify({ store: where, ...result })}\n`);
      } else if (result.ok) {
        context.stdout.write(`Hash chain intact: ${count.format(result.checked)} events checked in ${where}.\n`);
      } else {
        context.stdout.write(
          `Hash chain BROKEN at position ${result.firstBrokenPosition}: ${result.problem}.\n` +
            `${count.format(result.checked)} events before it are intact.\n`,
        );
      }
      return result.ok ? exitCodes.ok : exitCodes.failed;
    });
  },
});
