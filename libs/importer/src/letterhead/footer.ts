import type { SourceLine } from '../lines/normalize-lines';
import { classifyContactLine, readMunicipalityLine, type ContactClass } from './contact-lines';

/** Lines that are letterhead or metadata, and the municipality a letterhead names. */
export type Letterhead = {
  /** By line index: true when the line is not document content. */
  readonly skipped: readonly boolean[];
  readonly municipality: { name: string; line: number } | null;
};

/**
 * Finds letterhead blocks (address, phone, organisation number — the 2005 seed's footer) anywhere
 * in the document: a run of contact-like and blank lines with at least one line only a letterhead
 * has. Lines such as "Nacka kommun" count only inside such a run, so a goal mentioning the
 * municipality stays a goal. One pass over the lines, one over each run.
 */
export function findLetterhead(lines: readonly SourceLine[]): Letterhead {
  const classes = lines.map((line): ContactClass | 'blank' | null =>
    line.text === '' ? 'blank' : classifyContactLine(line.text),
  );
  const skipped = classes.map((kind) => kind === 'meta');
  let municipality: Letterhead['municipality'] = null;
  let start = 0;
  while (start < lines.length) {
    if (classes[start] === null) {
      start += 1;
      continue;
    }
    let end = start;
    while (end < lines.length && classes[end] !== null) end += 1;
    if (classes.slice(start, end).includes('strong')) {
      for (let index = start; index < end; index += 1) {
        skipped[index] = true;
        const line = lines[index];
        const name = line && classes[index] === 'weak' ? readMunicipalityLine(line.text) : null;
        if (name && line && !municipality) municipality = { name, line: line.number };
      }
    }
    start = end;
  }
  return { skipped, municipality };
}
