/** One Kolada entry: a KPI, a municipality, a year and its gender values. */
export interface KoladaEntry {
  kpi: string;
  municipality: string;
  period: number | string;
  values: Partial<Record<'T' | 'K' | 'M', number | null>>;
}

/**
 * A `/v3/data` response pretty-printed as Kolada's API does: the entry's fields on their own lines and one
 * gender entry a line, so line numbers in messages can be checked by eye. Entry `i` starts at line
 * `3 + 7 * i` when every entry has one gender; use `lineOf` instead of counting.
 */
export function koladaFile(entries: readonly KoladaEntry[]): string {
  const body = entries.map((entry) => {
    const genders = Object.entries(entry.values).map(
      ([gender, value]) => `        { "count": 1, "gender": "${gender}", "status": "", "value": ${value === null ? 'null' : value} }`,
    );
    const period = typeof entry.period === 'number' ? entry.period : JSON.stringify(entry.period);
    return [
      '    {',
      `      "kpi": "${entry.kpi}",`,
      `      "municipality": "${entry.municipality}",`,
      `      "period": ${period},`,
      '      "values": [',
      genders.join(',\n'),
      '      ]',
      '    }',
    ].join('\n');
  });
  return `{\n  "count": ${entries.length},\n  "values": [\n${body.join(',\n')}\n  ]\n}\n`;
}

/** The 1-based line of the first occurrence of `needle` in `text`. */
export function lineOf(text: string, needle: string, from = 0): number {
  const at = text.indexOf(needle, from);
  if (at < 0) throw new Error(`${JSON.stringify(needle)} is not in the text`);
  return text.slice(0, at).split('\n').length;
}

/** A source that hands the text over in small byte chunks each time it is called, counting the calls. */
export function chunked(text: string, size = 97): { source: () => Uint8Array[]; calls: () => number } {
  const bytes = Buffer.from(text, 'utf8');
  let calls = 0;
  return {
    source: () => {
      calls += 1;
      const chunks: Uint8Array[] = [];
      for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.subarray(at, at + size));
      return chunks;
    },
    calls: () => calls,
  };
}

/** Entries for every year of a range, T/K/M of one KPI and municipality, values from `value(year)`. */
export function yearsOf(kpi: string, municipality: string, from: number, to: number, value: (year: number) => number): KoladaEntry[] {
  const entries: KoladaEntry[] = [];
  for (let year = from; year <= to; year++) {
    const total = value(year);
    entries.push({ kpi, municipality, period: year, values: { T: total, K: total + 1, M: total - 1 } });
  }
  return entries;
}
