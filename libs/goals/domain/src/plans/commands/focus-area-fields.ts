import { BlankFieldError } from '../../errors/field-errors';
import { isBlank, normalizeText } from '../../shared/text';

/** A focus area's title and description bullets in canonical form; blank bullets are dropped. */
export function focusAreaFields(
  title: string,
  description: readonly string[],
): { title: string; description: string[] } {
  if (isBlank(title)) throw new BlankFieldError('title');
  return {
    title: normalizeText(title),
    description: description.map(normalizeText).filter((line) => line !== ''),
  };
}
