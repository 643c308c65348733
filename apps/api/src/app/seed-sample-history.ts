import { SampleHistorySeeder } from '@goaltrail/goals-application';
import { SampleIndicatorsSeeder } from '@goaltrail/indicators-application';
import { Logger, type INestApplication } from '@nestjs/common';

/**
 * On a store with no committee or plan, records the Socialnämnden history 2005 → 2020 and the indicators of
 * its measurable 2005 goals, so a first run has real data to show. It runs before the app listens and
 * before the read models catch up, so the first answers already include it. Idempotent: once any plan
 * exists it does nothing; indicators are seeded only together with the goals.
 */
export async function seedSampleHistoryIfEmpty(app: INestApplication): Promise<void> {
  const summary = await app.get(SampleHistorySeeder).seedIfEmpty();
  if (!summary) return;
  const indicators = await app.get(SampleIndicatorsSeeder).seedIfEmpty();
  const targets = indicators?.targets ?? 0;
  new Logger('Seed').log(
    `Seeded ${summary.name} (${summary.committeeId}): plans ${summary.years.join(' and ')} with ${summary.goals} goals ` +
      `and ${summary.links} lineage links, ${indicators?.indicators ?? 0} indicators with ${targets} target${targets === 1 ? '' : 's'}, ` +
      `${summary.events + (indicators?.events ?? 0)} events by system:seed. Set GOALTRAIL_SEED=false to start empty.`,
  );
}
