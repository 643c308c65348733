/**
 * Where 1-based line `line` of `text` starts and ends (its line break excluded), counting lines as the
 * importer does: \r\n, \r and \n each end one. Null when the text has fewer lines.
 */
export function lineRange(text: string, line: number): { start: number; end: number } | null {
  if (!Number.isInteger(line) || line < 1) return null;
  const breaks = /\r\n|\r|\n/g;
  let start = 0;
  for (let current = 1; current < line; current += 1) {
    const found = breaks.exec(text);
    if (!found) return null;
    start = found.index + found[0].length;
  }
  breaks.lastIndex = start;
  const next = breaks.exec(text);
  return { start, end: next ? next.index : text.length };
}
