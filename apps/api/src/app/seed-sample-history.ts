import { SampleHistorySeeder } from '@goaltrail/goals-application';
import { Logger, type INestApplication } from '@nestjs/common';

/**
 * On a store with no committee or plan, records the Socialnämnden history 2005 → 2020 so a first run has
 * real data to show. It runs before the app listens and before the read model catches up, so the first
 * answers already include it. Idempotent: once any plan exists it does nothing.
 */
export async function seedSampleHistoryIfEmpty(app: INestApplication): Promise<void> {
  const summary = await app.get(SampleHistorySeeder).seedIfEmpty();
  if (!summary) return;
  new Logger('Seed').log(
    `Seeded ${summary.name} (${summary.committeeId}): plans ${summary.years.join(' and ')} with ${summary.goals} goals ` +
      `and ${summary.links} lineage links, ${summary.events} events by system:seed. Set GOALTRAIL_SEED=false to start empty.`,
  );
}
