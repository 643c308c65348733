/**
 * A decimal field's value for the API. Values are typed in text fields (inputmode decimal), because a number
 * input drops what follows a Swedish decimal comma; here `80,5` and `1 200` are read as they are meant.
 * Anything else is NaN, sent as null, which the API refuses as "must be a number" beside the field.
 */
export function numberOf(value: string | number): number {
  if (typeof value === 'number') return value;
  const text = value.replace(/[\s\u00a0]/g, '').replace(',', '.').replace('\u2212', '-');
  return text === '' || !/^-?\d*\.?\d+$/.test(text) ? Number.NaN : Number(text);
}
