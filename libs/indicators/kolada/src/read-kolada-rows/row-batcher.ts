import type { KoladaRow } from '../kolada-row';

/** Gathers rows into batches of exactly `size`; the rest waits for more rows or for `rest`. */
export class RowBatcher {
  private batch: KoladaRow[] = [];

  constructor(private readonly size: number) {}

  /** The batches that `rows` filled; usually none or one. */
  add(rows: readonly KoladaRow[]): KoladaRow[][] {
    const full: KoladaRow[][] = [];
    for (const row of rows) {
      this.batch.push(row);
      if (this.batch.length === this.size) {
        full.push(this.batch);
        this.batch = [];
      }
    }
    return full;
  }

  /** The last, partial batch (possibly empty). */
  rest(): KoladaRow[] {
    const rest = this.batch;
    this.batch = [];
    return rest;
  }
}
