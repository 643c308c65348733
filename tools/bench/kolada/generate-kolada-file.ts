// Writes a Kolada `/v3/data`-shaped measurement file of any size, streamed, for benchmarks and
// import tests. Run it alone with
//   node tools/scripts/bundle-node.mjs tools/bench/kolada/generate-kolada-file.ts dist/tools/generate-kolada-file.js
//   node dist/tools/generate-kolada-file.js <path> <rows> [seed] [municipality]
// With a municipality code every entry is for that one municipality, so an import keeps every row.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { argv, exit } from 'node:process';

/** What a generated file holds. */
export interface GeneratedKoladaFile {
  rows: number;
  entries: number;
  bytes: number;
  /** The KPI ids of the file, in file order. */
  kpis: string[];
}

/** Choices beyond size and seed. */
export interface KoladaFileOptions {
  /** Every entry for this one four-digit code, instead of Sweden's 290 municipalities. */
  municipality?: string;
}

const genders = ['T', 'K', 'M'] as const;
const years = 25; // 2000–2024
const municipalities = 290; // as many as Sweden has
const flushAt = 1 << 16;

/** mulberry32: a small seeded generator, so the same seed always writes the same file. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function kpiId(kpiNumber: number): string {
  const prefix = kpiNumber % 5 === 4 ? 'U' : 'N'; // Kolada's "U" KPIs are the municipalities' own
  return `${prefix}${String(kpiNumber + 1).padStart(5, '0')}`;
}

/** Entry `index` as Kolada orders them: by KPI, then municipality, then year. */
function entryIdentity(index: number, only: string | undefined): { kpi: string; municipality: string; period: number } {
  const perKpi = years * (only === undefined ? municipalities : 1);
  return {
    kpi: kpiId(Math.floor(index / perKpi)),
    // Real codes are county (2 digits) + municipality (2 digits); index 0 is 0000, the whole country.
    municipality: only ?? String(Math.floor(index / years) % municipalities * 7 % 10_000).padStart(4, '0'),
    period: 2000 + (index % years),
  };
}

/** One gender entry: mostly a value with one decimal, sometimes a missing one with Kolada's reason. */
function genderEntry(gender: string, random: () => number): string {
  const draw = random();
  if (draw < 0.05) {
    return `{"count":0,"gender":"${gender}","status":"Värdet saknas \\u2013 för få svar","value":null}`;
  }
  return `{"count":1,"gender":"${gender}","status":"","value":${Math.round(draw * 10_000) / 10}}`;
}

/**
 * Writes `rows` gender entries (three per entry, the last entry may have fewer) to `path`, one entry a
 * line, through a write stream that is waited on when full, so memory stays flat at any size.
 */
export async function generateKoladaFile(
  path: string,
  rows: number,
  seed = 1,
  options: KoladaFileOptions = {},
): Promise<GeneratedKoladaFile> {
  const random = seededRandom(seed);
  const entries = Math.ceil(rows / genders.length);
  const kpis: string[] = [];
  const out = createWriteStream(path, { encoding: 'utf8' });
  let bytes = 0;
  let buffer = `{"count":${entries},"next_page":null,"previous_page":null,"values":[\n`;
  const flush = async () => {
    bytes += Buffer.byteLength(buffer);
    if (!out.write(buffer)) await once(out, 'drain');
    buffer = '';
  };
  for (let index = 0; index < entries; index += 1) {
    const { kpi, municipality, period } = entryIdentity(index, options.municipality);
    if (kpis.at(-1) !== kpi) kpis.push(kpi);
    const count = Math.min(genders.length, rows - index * genders.length);
    const values = genders.slice(0, count).map((gender) => genderEntry(gender, random));
    const separator = index + 1 < entries ? ',' : '';
    const identity = `"kpi":"${kpi}","municipality":"${municipality}","period":${period}`;
    buffer += `{${identity},"values":[${values.join(',')}]}${separator}\n`;
    if (buffer.length >= flushAt) await flush();
  }
  buffer += ']}\n';
  await flush();
  out.end();
  await once(out, 'finish');
  return { rows, entries, bytes, kpis };
}

if (/generate-kolada-file\.[cm]?[jt]s$/.test(argv[1] ?? '')) {
  const [path, rowsText, seedText, municipality] = argv.slice(2);
  const rows = Number(rowsText);
  if (!path || !Number.isInteger(rows) || rows < 0 || (municipality !== undefined && !/^\d{4}$/.test(municipality))) {
    console.error('usage: generate-kolada-file <path> <rows> [seed] [municipality]');
    exit(2);
  }
  const options = municipality === undefined ? {} : { municipality };
  // The bundle is CommonJS, which has no top-level await.
  void generateKoladaFile(path, rows, seedText ? Number(seedText) : 1, options).then((file) => {
    const megabytes = (file.bytes / 1_048_576).toFixed(1);
    process.stdout.write(`${path}: ${file.rows} rows in ${file.entries} entries, ${megabytes} MB\n`);
  });
}
