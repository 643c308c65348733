import type { KoladaRow } from '@goaltrail/kolada';

/**
 * Batches cut between entries (`values[i]`), never inside one: an entry's T, K and M rows make one
 * measurement, and a batch boundary must not split them. The trailing entry of each batch waits for the next.
 */
export async function* entryAlignedBatches(batches: AsyncIterable<KoladaRow[]>): AsyncGenerator<KoladaRow[]> {
  let carried: KoladaRow[] = [];
  for await (const batch of batches) {
    const last = batch.at(-1);
    if (!last) continue;
    const entry = entryOf(last);
    let cut = batch.length;
    while (cut > 0 && entryOf(batch[cut - 1] as KoladaRow) === entry) cut -= 1;
    if (cut === 0) {
      // The whole batch is one entry (or the rest of the carried one): keep collecting.
      carried = carried.concat(batch);
      continue;
    }
    const ready = carried.length > 0 ? carried.concat(batch.slice(0, cut)) : batch.slice(0, cut);
    carried = batch.slice(cut);
    yield ready;
  }
  if (carried.length > 0) yield carried;
}

/** `values[12]` of `values[12].values[2]`: the entry a row belongs to. */
function entryOf(row: KoladaRow): string {
  const path = row.location.path;
  return path.slice(0, path.indexOf(']') + 1);
}

/**
 * Rows waiting to be written, per KPI id. A Kolada file is ordered by entry, usually by KPI: a KPI's rows
 * are held while batches keep bringing more of them and written once a batch brings none (so a KPI is
 * usually one append per indicator), or when too many rows wait (then everything is written). Memory is
 * bounded by `maxRows` plus one batch, whatever the file's size or order.
 */
export class KpiRowBuffer {
  private readonly byKpi = new Map<string, KoladaRow[]>();
  private held = 0;

  constructor(private readonly maxRows: number) {}

  add(row: KoladaRow): void {
    const rows = this.byKpi.get(row.kpi);
    if (rows) rows.push(row);
    else this.byKpi.set(row.kpi, [row]);
    this.held += 1;
  }

  /** The KPIs to write after a batch that brought rows of `seen`, in the order they came, with their rows. */
  takeReady(seen: ReadonlySet<string>): [string, KoladaRow[]][] {
    const all = this.held > this.maxRows;
    return this.takeWhere((kpi) => all || !seen.has(kpi));
  }

  /** Everything still held, at the end of the file. */
  takeAll(): [string, KoladaRow[]][] {
    return this.takeWhere(() => true);
  }

  private takeWhere(ready: (kpi: string) => boolean): [string, KoladaRow[]][] {
    const taken: [string, KoladaRow[]][] = [];
    for (const [kpi, rows] of this.byKpi) {
      if (!ready(kpi)) continue;
      taken.push([kpi, rows]);
      this.byKpi.delete(kpi);
      this.held -= rows.length;
    }
    return taken;
  }
}
