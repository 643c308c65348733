// Words a Swedish sentence does not end on: a line ending with one was wrapped mid-sentence.
const functionWords = new Set([
  'och', 'eller', 'samt', 'av', 'för', 'med', 'till', 'i', 'på', 'att', 'som', 'om', 'från', 'vid',
  'genom', 'mot', 'inom', 'efter', 'hos', 'utan', 'mellan', 'en', 'ett', 'den', 'det', 'de', 'dess',
  'sin', 'sitt', 'sina', 'sig', 'är', 'ska', 'skall', 'kan', 'bör', 'har', 'vara', 'blir', 'både',
  'såväl', 'inte', 'än', 'så', 'där', 'när', 'vilket', 'vilka', 'vars', 'bland', 'kring', 'trots',
  'per', 'dels', 'varje', 'alla', 'andra', 'ökad', 'god', 'goda',
]);

const openEnd = /[-,;/(&–]$/u;
const lowerStart = /^\p{Ll}/u;
const punctuationStart = /^[(),.;:%)]/u;
const upperStart = /^\p{Lu}/u;
const closedEnd = /[.!?:;,-]$/u;

/** The line ends where a sentence cannot: a hyphen, a comma, "och", "av", "för", … */
export function endsOpen(text: string): boolean {
  if (openEnd.test(text)) return true;
  const space = text.lastIndexOf(' ');
  return functionWords.has(text.slice(space + 1).toLowerCase());
}

/**
 * A line continues the statement above it when it starts in lower case or with punctuation, or when
 * the line above stopped mid-sentence. Wrapped lines in extracted PDFs often sit after blank lines,
 * so this holds across blank lines too ("… tjänster av god" / "" / "kvalitet").
 */
export function continuesText(previous: string, next: string): boolean {
  return lowerStart.test(next) || punctuationStart.test(next) || endsOpen(previous);
}

export function startsUpper(text: string): boolean {
  return upperStart.test(text);
}

/** Short, capitalised, not a sentence: may be a sub-heading such as "Trygghet och värdighet". */
export function looksLikeHeading(text: string): boolean {
  if (text.length > 80 || !upperStart.test(text) || closedEnd.test(text) || endsOpen(text)) return false;
  return text.split(' ').length <= 8;
}
