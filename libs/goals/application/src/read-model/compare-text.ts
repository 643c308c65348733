/** Code-unit order: answers must not depend on the machine's ICU data (as in the domain). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
