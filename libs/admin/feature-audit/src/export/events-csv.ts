import type { AuditEvent } from '@goaltrail/admin-data-access';

// Fixed column names whatever the interface language, as the API's own plan export: a file that
// someone's script reads must not change with the language of whoever downloaded it.
const columns = ['position', 'registrerad', 'gäller från', 'ström', 'strömversion', 'typ', 'vem', 'roll', 'skäl', 'beslut', 'händelse-id'];

/**
 * One CSV field (RFC 4180): quoted when it holds a quote, comma or line break. A text that a
 * spreadsheet would run as a formula (= + - @, tab, CR first) gets a leading apostrophe: reasons are
 * typed by people, and an auditor opening the export must not execute one.
 */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The events as CSV: a header row, one row per event, CRLF line ends, and a BOM so å, ä, ö survive Excel. */
export function eventsToCsv(events: readonly AuditEvent[]): string {
  const rows = events.map((event) =>
    [
      event.position,
      event.metadata.recordedAt,
      event.metadata.effectiveAt,
      event.streamId,
      event.revision,
      event.type,
      event.metadata.actor,
      event.metadata.role,
      event.metadata.reason,
      event.metadata.decisionRef,
      event.id,
    ]
      .map(csvField)
      .join(','),
  );
  return `\uFEFF${[columns.join(','), ...rows].join('\r\n')}\r\n`;
}

/** A file name that sorts by when it was made: `handelselogg-20261122-205701.csv`. */
export function csvFileName(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  const date = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}`;
  const time = `${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
  return `handelselogg-${date}-${time}.csv`;
}
