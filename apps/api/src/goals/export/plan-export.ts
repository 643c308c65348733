import type { GoalKind, PlanSectionView, PlanView } from '@goaltrail/goals-domain';

const kindTitles: Record<GoalKind, string> = {
  directional: 'Inriktningsmål',
  effect: 'Effektmål',
  committee: 'Nämndmål',
};

function sectionTitle(section: PlanSectionView): string {
  return section.type === 'focusArea' ? section.title : kindTitles[section.goalKind];
}

function statusLine(plan: PlanView): string {
  if (!plan.adoption) return 'Status: utkast (inte antagen)';
  const amended = plan.amendments.map((a) => `ändrad ${a.decidedOn} (${a.decisionRef}): ${a.reason}`);
  return [`Status: antagen ${plan.adoption.decidedOn} (${plan.adoption.decisionRef})`, ...amended].join('; ');
}

/** The plan as a readable Markdown document, in the order and with the headings of the original. */
export function planToMarkdown(plan: PlanView, committeeName: string): string {
  const lines = [`# ${committeeName} — mål ${plan.year}`, '', statusLine(plan), ''];
  for (const section of plan.sections) {
    lines.push(`## ${sectionTitle(section)}`, '');
    if (section.type === 'focusArea' && section.description.length > 0) {
      lines.push('Beskrivning:', '', ...section.description.map((bullet) => `- ${bullet}`), '');
    }
    for (const goal of section.goals) {
      const method = goal.measurementMethod ? ` (Mäts genom ${goal.measurementMethod})` : '';
      lines.push(`${goal.number}. ${goal.text}${method}`);
    }
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

const csvColumns = ['år', 'avsnitt', 'nummer', 'typ', 'formulering', 'mäts genom', 'mål-id', 'formuleringsversion'];

function csvField(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The plan's goals as CSV (RFC 4180, comma-separated, CRLF). A byte-order mark first, so
 * spreadsheet programs read å, ä and ö as UTF-8.
 */
export function planToCsv(plan: PlanView): string {
  const rows = plan.sections.flatMap((section) =>
    section.goals.map((goal) =>
      [plan.year, sectionTitle(section), goal.number, kindTitles[goal.kind], goal.text, goal.measurementMethod, goal.goalId, goal.revision]
        .map(csvField)
        .join(','),
    ),
  );
  return `\uFEFF${[csvColumns.join(','), ...rows].join('\r\n')}\r\n`;
}
