import { readMunicipalityLine } from '../letterhead/contact-lines';
import { readCommitteeName, readYears, sameCommittee } from '../header/document-title';
import type { SourceLine } from '../lines/normalize-lines';
import { detectHeading } from '../sections/detect-headings';
import { newDraft, quote, warn, type ParseState } from './parse-state';

/**
 * Before the first section: reads the committee ("Socialnämnden"), the title with its year
 * ("Socialnämndens mål 2005") and a municipality on a line of its own. Returns false when the line is
 * something else (a heading, a list, prose). "Socialnämndens mål 2020" is a title here, although
 * further down the same words without a year introduce committee goals.
 */
export function readTitleLine(state: ParseState, line: SourceLine): boolean {
  const text = line.text;
  if (text.length > 160 || text.split(' ').length > 12) return false;
  const committee = readCommitteeName(text);
  const years = readYears(text);
  const heading = detectHeading(text);
  if (heading && heading.type !== 'goals') return false;
  if (heading && (heading.kind !== 'committee' || !committee || years.length === 0)) {
    // "Effektmål 2021", "Nämndens mål 2021": a heading, but it may still tell the year.
    noteYear(state, line, years);
    return false;
  }
  const municipality = readMunicipalityLine(text);
  if (municipality) {
    state.header.municipality ??= { name: municipality, line: line.number };
    return true;
  }
  const bare = text.replace(/[:.]$/u, '');
  if (committee && (bare === committee || bare === `${committee}s`)) {
    noteCommittee(state, line, committee);
    return true;
  }
  if (years.length > 0 && (committee || text.split(' ').length <= 6)) {
    if (committee) noteCommittee(state, line, committee);
    noteYear(state, line, years);
    state.header.titleText ??= text;
    return true;
  }
  return false;
}

/** Prose before the first heading belongs to no section: say so once per paragraph. */
export function onHeaderText(state: ParseState, line: SourceLine): void {
  warn(state, line.number, `text before the first heading is not part of any section: ${quote(line.text)} ignored`);
  state.open = { draft: newDraft(line, line.text), role: 'ignored' };
}

function noteCommittee(state: ParseState, line: SourceLine, name: string): void {
  const known = state.header.committee;
  if (!known) {
    state.header.committee = { name, line: line.number };
  } else if (!sameCommittee(known.name, name)) {
    warn(state, line.number, `the document also names ${name}: read as ${known.name}'s document`);
  }
}

function noteYear(state: ParseState, line: SourceLine, years: readonly number[]): void {
  const first = years[0];
  if (first === undefined || state.header.year) return;
  state.header.year = { value: first, line: line.number };
  const others = [...new Set(years)].filter((year) => year !== first);
  if (others.length > 0) {
    warn(state, line.number, `the title names several years (${[first, ...others].join(', ')}): read as ${first}`);
  }
}
