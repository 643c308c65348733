import type { Answer, Caller } from '../goals/api-client.fixture';

/** One Kolada entry: KPI, municipality, year and its gender values. */
export type Entry = [kpi: string, municipality: string, period: number, values: Partial<Record<'T' | 'K' | 'M', number | null>>];

/** A `/v3/data` file with one entry a line (entry `i` on line `i + 2`), as the Kolada API can return it. */
export function koladaText(entries: readonly Entry[]): string {
  const lines = entries.map(([kpi, municipality, period, values]) => {
    const genders = Object.entries(values).map(([gender, value]) => ({ count: 1, gender, status: '', value }));
    return JSON.stringify({ kpi, municipality, period, values: genders });
  });
  return `{"count":${entries.length},"next_page":null,"values":[\n${lines.join(',\n')}\n]}\n`;
}

/** Entries for every year of a range, T, K and M. */
export function years(kpi: string, municipality: string, from: number, to: number, value: (year: number) => number): Entry[] {
  return Array.from({ length: to - from + 1 }, (_, index) => {
    const total = value(from + index);
    return [kpi, municipality, from + index, { T: total, K: total + 1, M: total - 1 }] as Entry;
  });
}

/**
 * Posts a file to `POST /api/measurements/import` as the raw body. A body given as chunks is sent as a
 * stream (chunked transfer encoding), as a browser or curl uploading a big file would.
 */
export async function upload(
  caller: Caller,
  baseUrl: string,
  body: string | AsyncIterable<Uint8Array>,
  query = 'dryRun=false',
  contentType = 'application/json',
): Promise<Answer> {
  const streamed = typeof body !== 'string';
  const response = await fetch(`${baseUrl}/api/measurements/import?${query}`, {
    method: 'POST',
    headers: { Cookie: caller.cookieHeader, 'Content-Type': contentType, 'X-File-Name': 'kolada-nacka.json' },
    body: streamed ? ReadableStream.from(body) : body,
    ...(streamed ? { duplex: 'half' as const } : {}),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : {} };
}
