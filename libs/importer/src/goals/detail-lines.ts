import { isTargetOnlyLine } from './target';

/**
 * A line that says something about the goal above it rather than starting a new one:
 * `method` "Mäts genom: …", `indicator` "Indikator: …", `target` "Målvärde: …" or "Minst 90 %",
 * `achievement` "Målet är uppnått när …" (its text, or the criteria below it when it ends in a colon).
 */
export type DetailLine = { kind: 'method' | 'indicator' | 'target' | 'achievement'; text: string };

const methodLine = /^\(?\s*(?:mäts|mätes|följs upp)\s+(?:genom|via|med)\s*:?\s*(.*?)\s*\)?\.?$/iu;
const methodLabel = /^(?:mätmetod|mätning|datakälla|källa)\s*:\s*(.+)$/iu;
const indicatorLine = /^(?:indikator|nyckeltal|mätetal|mått|styrtal)(?:\s+\d{1,2}(?:[.:]\d{1,2})*)?\s*:\s*(.+)$/iu;
const targetLabel = /^(?:målvärde|målnivå)(?![\p{L}])(?:\s+(?:för\s+)?(?:19|20)\d{2})?\s*:?\s*(.+)$/iu;
const yearTargetLabel = /^mål\s+(?:för\s+)?(?:19|20)\d{2}\s*:\s*(.+)$/iu;
const achievement = /^målet\s+(?:är|anses(?:\s+vara)?)\s+(?:uppnått|uppfyllt|nått)(?:\s+(?:när|om|då))?\s*:?\s*(.*)$/iu;

/** Reads a detail line; the returned text has its label removed. */
export function detectDetailLine(text: string): DetailLine | null {
  const method = methodLine.exec(text) ?? methodLabel.exec(text);
  if (method) return { kind: 'method', text: method[1] ?? '' };
  const indicator = indicatorLine.exec(text);
  if (indicator) return { kind: 'indicator', text: indicator[1] ?? '' };
  const target = targetLabel.exec(text) ?? yearTargetLabel.exec(text);
  if (target) return { kind: 'target', text: target[1] ?? '' };
  if (isTargetOnlyLine(text)) return { kind: 'target', text };
  const reached = achievement.exec(text);
  if (reached) return { kind: 'achievement', text: reached[1] ?? '' };
  return null;
}
