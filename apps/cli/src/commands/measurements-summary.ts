import type { MeasurementsImportResult } from '@goaltrail/indicators-application';
import { formatDuration } from '../output/progress';

const count = new Intl.NumberFormat('en-US');
/** Unknown KPI ids listed by name before the rest are only counted: a typo shows, a foreign file does not flood. */
const listedUnknownKpis = 10;

/** The human-readable report of a Kolada import: what was read, written, left unchanged and skipped, and why. */
export function measurementsSummary(result: MeasurementsImportResult): string {
  const municipality = result.municipality === null ? 'no rows' : `municipality ${result.municipality}`;
  const { recorded, corrected } = result;
  const lines = [
    `${result.fileName} (${municipality}): ${count.format(result.rowsRead)} rows read in ${formatDuration(result.durationMs)}`,
    `  measurements ${result.dryRun ? 'to write' : 'written'}: ${count.format(result.measurementsWritten)} (${count.format(recorded)} recorded, ${count.format(corrected)} corrected)`,
    `  unchanged: ${count.format(result.unchanged)}`,
    `  skipped: ${skippedText(result)}`,
    `  indicators touched: ${count.format(result.indicatorsTouched.length)}`,
    ...unknownKpiLines(result.unknownKpis),
    outcomeLine(result),
  ];
  return `${lines.join('\n')}\n`;
}

function skippedText({ skipped }: MeasurementsImportResult): string {
  const reasons: [number, string][] = [
    [skipped.unknownKpi, 'rows of unknown KPIs'],
    [skipped.otherMunicipality, 'rows of other municipalities'],
    [skipped.nullValues, 'rows without a value'],
    [skipped.duplicates, 'repeated rows'],
    [skipped.withoutTotal, 'periods without a total (T)'],
  ];
  const given = reasons.filter(([n]) => n > 0).map(([n, reason]) => `${count.format(n)} ${reason}`);
  return given.length > 0 ? given.join(', ') : 'none';
}

function unknownKpiLines(kpis: readonly string[]): string[] {
  if (kpis.length === 0) return [];
  const listed = kpis.slice(0, listedUnknownKpis).join(', ');
  const more = kpis.length > listedUnknownKpis ? ` and ${count.format(kpis.length - listedUnknownKpis)} more` : '';
  return [`  KPI ids no indicator carries: ${listed}${more}`];
}

function outcomeLine(result: MeasurementsImportResult): string {
  if (result.dryRun) return 'Dry run: nothing written.';
  if (result.eventsWritten === 0) return 'Nothing new: the store already holds every measurement of this file.';
  return `Recorded ${count.format(result.eventsWritten)} events (up to position ${result.position}).`;
}
