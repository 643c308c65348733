// Files and helpers the unit tests share; not exported from the library.
import { KoladaFileError } from '../kolada-file-error';
import type { KoladaRow } from '../kolada-row';
import { readKoladaRows, type KoladaChunks } from '../read-kolada-rows/read-kolada-rows';

/** A small `/v3/data` response, pretty-printed so that each gender entry has a line of its own. */
export const nackaSample = `{
  "count": 2,
  "next_page": null,
  "previous_page": null,
  "values": [
    {
      "kpi": "N00945",
      "municipality": "0182",
      "period": 2019,
      "values": [
        { "count": 1, "gender": "T", "status": "", "value": 73.5 },
        { "count": 1, "gender": "K", "status": "", "value": 75.1 },
        { "count": 1, "gender": "M", "status": "", "value": 71.9 }
      ]
    },
    {
      "kpi": "U00401",
      "municipality": "0000",
      "period": "2020",
      "values": [
        { "count": 0, "gender": "T", "status": "Uppgift saknas", "value": null }
      ]
    }
  ]
}
`;

/** The sample with `from` replaced by `to` once; fails loudly if `from` is not there. */
export function withChange(from: string, to: string, text = nackaSample): string {
  if (!text.includes(from)) throw new Error(`sample has no ${JSON.stringify(from)}`);
  return text.replace(from, to);
}

/** Every row of a file. */
export async function readAll(chunks: KoladaChunks): Promise<KoladaRow[]> {
  const rows: KoladaRow[] = [];
  for await (const row of readKoladaRows(chunks)) rows.push(row);
  return rows;
}

/** The KoladaFileError a file is rejected with; fails the test if it is accepted or fails otherwise. */
export async function rejectionOf(chunks: KoladaChunks): Promise<KoladaFileError> {
  try {
    await readAll(chunks);
  } catch (error) {
    if (error instanceof KoladaFileError) return error;
    throw error;
  }
  throw new Error('the file was accepted');
}

/** The rows a file should give, worked out with JSON.parse: an oracle that shares no code with the reader. */
export function rowsByJsonParse(text: string): Omit<KoladaRow, 'location'>[] {
  const document = JSON.parse(text) as { values: OracleEntry[] };
  return document.values.flatMap((entry) =>
    entry.values.map((measure) => ({
      kpi: entry.kpi,
      municipality: entry.municipality,
      period: Number(entry.period),
      gender: measure.gender,
      value: measure.value,
      count: measure.count ?? null,
      status: measure.status ?? '',
    })),
  );
}

interface OracleEntry {
  kpi: string;
  municipality: string;
  period: number | string;
  values: OracleMeasure[];
}

interface OracleMeasure {
  gender: KoladaRow['gender'];
  value: number | null;
  count?: number | null;
  status?: string | null;
}

/** Rows without their locations, for comparing with the oracle. */
export function withoutLocations(rows: readonly KoladaRow[]): Omit<KoladaRow, 'location'>[] {
  return rows.map(({ location: _location, ...row }) => row);
}

/** The text cut at the given offsets (sorted, deduplicated by the caller or not). */
export function cutAt<T extends string | Uint8Array>(whole: T, offsets: readonly number[]): T[] {
  const sorted = [...new Set(offsets)].sort((a, b) => a - b);
  const pieces: T[] = [];
  let start = 0;
  for (const offset of [...sorted, whole.length]) {
    pieces.push(whole.slice(start, offset) as T);
    start = offset;
  }
  return pieces;
}

// The library is typed without Node or DOM (`types: []`); the tests' runtime has TextEncoder all the same.
type TextEncoderConstructor = new () => { encode(text: string): Uint8Array };
const { TextEncoder } = globalThis as unknown as { TextEncoder: TextEncoderConstructor };

/** UTF-8 bytes of a text. */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
