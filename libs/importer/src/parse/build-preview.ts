import { sameCommittee, yearFromFileName } from '../header/document-title';
import type { Letterhead } from '../letterhead/footer';
import { joinWrapped } from '../lines/join-wrapped';
import type { GoalDocumentPreview, ParseOptions, PreviewSection, PreviewWarning } from '../preview';
import type { ParseState, SectionDraft } from './parse-state';

const sectionNames: Record<PreviewSection['kind'], string> = {
  'focus-area': 'focus area',
  directional: 'Inriktningsmål',
  effect: 'Effektmål',
  committee: 'committee goals',
};

/** Turns the finished parse into the preview: joins texts, settles committee and year, orders warnings. */
export function buildPreview(
  state: ParseState,
  letterhead: Letterhead,
  options: ParseOptions,
): GoalDocumentPreview {
  const warnings = [...state.warnings];
  const sections = state.sections.map((section) => finishSection(section, warnings));
  const committee = resolveCommittee(state, options, warnings);
  const year = resolveYear(state, options, warnings);
  const municipality = state.header.municipality?.name ?? letterhead.municipality?.name ?? null;
  return { committee, municipality, year, sections, warnings: inLineOrder(warnings) };
}

function finishSection(section: SectionDraft, warnings: PreviewWarning[]): PreviewSection {
  const title = section.title ? joinWrapped(section.title.parts) : '';
  const description = section.description.map((item) => joinWrapped(item.parts)).filter((item) => item !== '');
  if (section.kind !== 'focus-area' && section.goals.length === 0) {
    warnings.push({ line: section.line, message: `${sectionNames[section.kind]} heading with no goals under it` });
  }
  return { kind: section.kind, title: title === '' ? null : title, description, goals: section.goals };
}

function resolveCommittee(
  state: ParseState,
  options: ParseOptions,
  warnings: PreviewWarning[],
): string | null {
  const named = state.header.committee;
  const given = options.committee?.trim() ?? '';
  if (given === '') {
    if (!named) warnings.push({ line: null, message: 'the document names no committee: give one' });
    return named?.name ?? null;
  }
  if (!named) return given;
  if (sameCommittee(named.name, given)) return named.name;
  warnings.push({ line: named.line, message: `the document names ${named.name}, but ${given} was given and is used` });
  return given;
}

function resolveYear(state: ParseState, options: ParseOptions, warnings: PreviewWarning[]): number | null {
  const named = state.header.year;
  const given = options.year;
  if (given !== undefined && Number.isInteger(given)) {
    if (named && named.value !== given) {
      const message = `the document's year is ${named.value}, but ${given} was given and is used`;
      warnings.push({ line: named.line, message });
    }
    return given;
  }
  if (named) return named.value;
  const fromName = options.fileName ? yearFromFileName(options.fileName) : null;
  if (fromName !== null) {
    warnings.push({ line: null, message: `the text names no year: ${fromName} is taken from the file name` });
    return fromName;
  }
  warnings.push({ line: null, message: 'the document names no year: give one' });
  return null;
}

/** Document-wide warnings first, then by line; warnings on one line keep the order they were found in. */
function inLineOrder(warnings: readonly PreviewWarning[]): PreviewWarning[] {
  return warnings
    .map((warning, index) => ({ warning, index }))
    .sort((a, b) => (a.warning.line ?? 0) - (b.warning.line ?? 0) || a.index - b.index)
    .map(({ warning }) => warning);
}
