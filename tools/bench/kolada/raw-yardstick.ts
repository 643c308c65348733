import { readKoladaBatches, type KoladaRow } from '@goaltrail/kolada';
import { createReadStream } from 'node:fs';
import type { RawDatabase } from './kolada-backends';

/** A timed pass over the file by the yardstick. */
export interface YardstickRun {
  rows: number;
  wallMs: number;
  /** Time inside INSERT statements alone (0 for the reader). */
  insertMs: number;
}

/** Rows read per batch, as the importer reads them. */
const batchSize = 10_000;
/** Rows per INSERT statement: 7 parameters each stays far below PostgreSQL's 65,535. */
const rowsPerInsert = 1_000;
const columns = 7;

/** The streaming reader alone: what parsing the file costs, with nothing done with its rows. */
export async function readFileOnly(file: string): Promise<YardstickRun> {
  const started = performance.now();
  let rows = 0;
  for await (const batch of readKoladaBatches(createReadStream(file), { batchSize })) rows += batch.length;
  return { rows, wallMs: performance.now() - started, insertMs: 0 };
}

/**
 * The raw engine: the same reader, every row written to a bare table (no keys, no indexes) with plain
 * multi-row INSERTs in autocommit. It is the floor for storing the file on this backend with no event
 * store, no validation, no decisions and no read model.
 */
export async function insertFileRaw(file: string, db: RawDatabase): Promise<YardstickRun> {
  await db.query(`CREATE TABLE kolada_rows (kpi text, municipality text, period integer, gender text,
    value double precision, count double precision, status text)`);
  const started = performance.now();
  let rows = 0;
  let insertMs = 0;
  for await (const batch of readKoladaBatches(createReadStream(file), { batchSize })) {
    for (let at = 0; at < batch.length; at += rowsPerInsert) {
      const slice = batch.slice(at, at + rowsPerInsert);
      const insertStarted = performance.now();
      await db.query(`INSERT INTO kolada_rows VALUES ${placeholders(slice.length)}`, slice.flatMap(rowValues));
      insertMs += performance.now() - insertStarted;
    }
    rows += batch.length;
  }
  const wallMs = performance.now() - started;
  await db.query('DROP TABLE kolada_rows');
  return { rows, wallMs, insertMs };
}

function rowValues(row: KoladaRow): unknown[] {
  return [row.kpi, row.municipality, row.period, row.gender, row.value, row.count, row.status];
}

function placeholders(rows: number): string {
  const tuples: string[] = [];
  for (let row = 0; row < rows; row += 1) {
    const base = row * columns;
    tuples.push(`(${Array.from({ length: columns }, (_, i) => `$${base + i + 1}`).join(', ')})`);
  }
  return tuples.join(',');
}
