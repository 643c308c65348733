import type { ImportResult } from '@goaltrail/goals-application';

const kindNames = { directional: 'directional', effect: 'effect', committee: 'committee' } as const;

/** The human-readable report of an import: what was read, what it does or did, and every warning with its line. */
export function importSummary(result: ImportResult): string {
  const { preview } = result;
  const goals = preview.sections.flatMap((section) => section.goals);
  const byKind = Object.entries(kindNames)
    .map(([kind, name]) => [goals.filter((goal) => goal.kind === kind).length, name] as const)
    .filter(([count]) => count > 0)
    .map(([count, name]) => `${count} ${name}`);
  const methods = goals.filter((goal) => goal.measurementMethod !== null).length;
  const targets = goals.filter((goal) => goal.target !== null).length;
  const lines = [
    `${result.fileName}: ${preview.committee ?? result.committeeId} (${preview.municipality ?? 'no municipality named'}), ${result.year}`,
    `  ${preview.sections.length} sections, ${goals.length} goals (${byKind.join(', ') || 'none'}), ${plural(methods, 'method')}, ${plural(targets, 'target')}`,
    ...[...preview.warnings, ...result.problems].map((warning) => `  warning${warning.line === null ? '' : ` line ${warning.line}`}: ${warning.message}`),
    outcomeLine(result),
  ];
  return `${lines.join('\n')}\n`;
}

function outcomeLine(result: ImportResult): string {
  if (result.unchanged) return `Unchanged: plan ${result.committeeId} ${result.year} already holds this document; nothing written.`;
  const counts = new Map<string, number>();
  for (const action of result.actions) counts.set(action.type, (counts.get(action.type) ?? 0) + 1);
  const planned = [...counts].map(([type, count]) => `${count} × ${type}`).join(', ');
  return result.dryRun
    ? `Dry run: would run ${planned}. Nothing written.`
    : `Imported into plan ${result.committeeId} ${result.year}: ${planned} (${result.eventsWritten} events).`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
