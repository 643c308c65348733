// Event-store benchmark: library vs raw engine on PGlite and PostgreSQL, in one run.
// Usage: npm run bench:store -- [--events 100000] [--rounds 5] [--backends pglite,postgres]
//        [--only batched,single,read] [--no-write]
import { parseArgs } from 'node:util';
import { openPgliteBackend, openPostgresBackend, type BenchBackend } from './backends';
import { progress, rate, type Comparison } from './measure';
import { markdownReport, writeReport } from './report';
import { batchesOf, makeWorkload } from './workload';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '100000' },
    rounds: { type: 'string', default: '5' },
    backends: { type: 'string', default: 'pglite,postgres' },
    only: { type: 'string', default: 'batched,single,read' },
    'no-write': { type: 'boolean', default: false },
  },
});
const events = Number(values.events);
const rounds = Number(values.rounds);
const perRound = Math.floor(events / rounds);
const only = new Set(values.only.split(','));
const serverUrl = process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';

/**
 * Appends carry the exact expected revision, as a command handler does after loading a stream.
 * ('any' would add one index probe per append for idempotent retries.)
 */
function expectations(): (streamId: string, count: number) => number | 'no_stream' {
  const revisions = new Map<string, number>();
  return (streamId, count) => {
    const current = revisions.get(streamId);
    revisions.set(streamId, (current ?? -1) + count);
    return current ?? 'no_stream';
  };
}

async function compare(backend: BenchBackend): Promise<Comparison[]> {
  const expected = expectations();
  const batched: Comparison = { backend: backend.name, operation: 'append, batches of 100', events, library: [], raw: [], target: 0.6 };
  const single: Comparison = { backend: backend.name, operation: 'append, one event per transaction', events, library: [], raw: [], target: 0.8 };
  const read: Comparison = { backend: backend.name, operation: 'readAll (pages of 1,000)', events: 0, library: [], raw: [], target: 0.7 };
  const { store, raw } = backend;

  for (let round = 0; only.has('batched') && round < rounds; round += 1) {
    const libraryBatches = batchesOf(makeWorkload(perRound, 1000, round * perRound), 100);
    const rawBatches = batchesOf(makeWorkload(perRound, 1000, round * perRound), 100);
    const runs = [
      async () => batched.library.push(await rate(perRound, async () => {
        for (const batch of libraryBatches) {
          const streamId = batch[0]?.streamId as string;
          await store.appendToStream(streamId, batch.map((b) => b.event), { expectedRevision: expected(streamId, batch.length) });
        }
      })),
      async () => batched.raw.push(await rate(perRound, async () => {
        for (const batch of rawBatches) await raw.insertBatch(batch);
      })),
    ];
    for (const run of round % 2 ? runs.reverse() : runs) await run();
    progress(`${backend.name}: batched round ${round + 1}/${rounds}`);
  }

  for (let round = 0; only.has('single') && round < rounds; round += 1) {
    const libraryEvents = makeWorkload(perRound, 1000, round * perRound);
    const rawEvents = makeWorkload(perRound, 1000, round * perRound);
    const runs = [
      async () => single.library.push(await rate(perRound, async () => {
        for (const item of libraryEvents) {
          await store.appendToStream(item.streamId, [item.event], { expectedRevision: expected(item.streamId, 1) });
        }
      })),
      async () => single.raw.push(await rate(perRound, async () => {
        for (const item of rawEvents) await raw.insertOne(item);
      })),
    ];
    for (const run of round % 2 ? runs.reverse() : runs) await run();
    progress(`${backend.name}: single-event round ${round + 1}/${rounds}`);
  }

  read.events = perRound * rounds * ((only.has('batched') ? 1 : 0) + (only.has('single') ? 1 : 0));
  for (let round = 0; only.has('read') && round < rounds; round += 1) {
    const runs = [
      async () => read.library.push(await rate(read.events, async () => {
        let count = 0;
        for await (const _event of store.readAll()) count += 1;
        if (count !== read.events) throw new Error(`library read ${count} of ${read.events} events`);
      })),
      async () => read.raw.push(await rate(read.events, async () => {
        const count = await raw.readAllPaged(1000);
        if (count !== read.events) throw new Error(`raw read ${count} of ${read.events} rows`);
      })),
    ];
    for (const run of round % 2 ? runs.reverse() : runs) await run();
    progress(`${backend.name}: readAll round ${round + 1}/${rounds}`);
  }
  const verified = await store.verify();
  if (!verified.ok) throw new Error(`hash chain broken after the benchmark: ${verified.problem}`);
  return [batched, single, read].filter((c) => c.library.length > 0);
}

async function main(): Promise<void> {
  const comparisons: Comparison[] = [];
  for (const name of values.backends.split(',')) {
    const backend = name === 'postgres' ? await openPostgresBackend(serverUrl) : await openPgliteBackend();
    try {
      comparisons.push(...(await compare(backend)));
    } finally {
      await backend.close();
    }
  }
  const section = markdownReport(comparisons, rounds);
  process.stdout.write(`${section}\n`);
  if (!values['no-write']) writeReport('docs/performance.md', section);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
