import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventStore } from '@goaltrail/event-store-port';
import type { LineageGraph } from '@goaltrail/goals-domain';
import { GetLineageQuery } from '../../lineage/queries/get-lineage/get-lineage.query';
import { startGoalsApp, type GoalsTestApp } from '../../testing/goals-app.fixture';
import { openTestStore, steppingClock } from '../../testing/test-store.fixture';
import { sampleDocuments, sampleLineage } from './sample-data';
import { SampleHistorySeeder } from './sample-history-seeder';

describe('the seeded first run (real PGlite store)', () => {
  const clock = steppingClock('2026-03-01T09:00:00Z');
  let store: EventStore;
  let goals: GoalsTestApp;

  beforeAll(async () => {
    store = await openTestStore(clock);
    goals = await startGoalsApp(store, clock);
  });
  afterAll(async () => {
    await goals.close();
    await store.close();
  });

  it('ships the seed documents byte for byte as the importer tests read them, and a valid lineage file', () => {
    // The importer's own tests pin these texts; the seed must be exactly what they read.
    const importerSample = (fileName: string) =>
      readFileSync(new URL(`../../../../../importer/src/samples/${fileName}`, import.meta.url), 'utf8');
    for (const document of sampleDocuments) expect(document.text).toBe(importerSample(document.fileName));
    expect(sampleLineage().links.every((link) => link.rationale.length > 20)).toBe(true);
  });

  it('imports both documents and the lineage as events by system:seed, then never seeds again', async () => {
    const seeder = goals.app.get(SampleHistorySeeder);
    const summary = await seeder.seedIfEmpty();
    expect(summary).toMatchObject({ committeeId: 'socialnamnden', name: 'Socialnämnden', years: [2005, 2020], goals: 18 });
    expect(summary?.links).toBe(sampleLineage().links.length);
    const head = await store.headPosition();
    expect(Number(head)).toBe(summary?.events);
    for await (const event of store.readAll()) expect(event.metadata).toMatchObject({ actor: 'system:seed', role: 'system' });
    expect(await seeder.seedIfEmpty()).toBeNull();
    expect(await store.headPosition()).toBe(head);
  });

  it('shows the merger and the retirements of DESIGN §5 in the lineage 2005 → 2020', async () => {
    expect(await goals.runner.waitFor((await store.headPosition()) ?? '0', 5000)).toBe(true);
    const graph = await goals.queryBus.execute<GetLineageQuery, LineageGraph>(new GetLineageQuery('socialnamnden', 2005, 2020));
    const relations = graph.links.filter((link) => link.origin === 'recorded').map((link) => link.relation);
    expect(relations.filter((relation) => relation === 'merged')).toHaveLength(2);
    expect(relations.filter((relation) => relation === 'retired')).toHaveLength(4);
    expect(relations).toContain('reworded');
  });
});
