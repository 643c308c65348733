import { yearOf } from './event-fields';
import type { YearBucket } from './replay-types';

/** How many steps take effect in each year (business time), and the first step of each year. */
export class YearBuckets {
  private readonly years = new Map<number, { count: number; firstIndex: number }>();
  // Runs of events share a year: while the text starts the same, skip the parse and the lookup.
  private lastYearText = '\u0000';
  private lastBucket: { count: number } | null = null;

  count(effectiveAt: string, index: number): void {
    if (this.lastBucket && effectiveAt.startsWith(this.lastYearText)) {
      this.lastBucket.count += 1;
      return;
    }
    const year = yearOf(effectiveAt);
    if (year === null) return;
    let bucket = this.years.get(year);
    if (bucket) bucket.count += 1;
    else this.years.set(year, (bucket = { count: 1, firstIndex: index }));
    this.lastYearText = effectiveAt.slice(0, 4);
    this.lastBucket = bucket;
  }

  /** The years in order. */
  list(): YearBucket[] {
    return [...this.years].map(([year, bucket]) => ({ year, ...bucket })).sort((a, b) => a.year - b.year);
  }
}
