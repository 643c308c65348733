/**
 * Canonical JSON text (object keys sorted at every depth, no whitespace) of a value that is plain JSON,
 * or undefined when it is not: a non-finite number, a function, a symbol, a bigint, or an object other
 * than a plain one or an array. Undefined object members are left out and undefined array items become
 * null, as JSON.stringify does. It builds no paths: every append runs it on every event, and only a
 * refused value needs to say where it went wrong (validateAppend then walks it again to tell).
 */
export function canonicalText(value: unknown): string | undefined {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? JSON.stringify(value) : undefined;
    case 'object':
      return Array.isArray(value) ? arrayText(value) : objectText(value);
    default:
      return undefined;
  }
}

function arrayText(items: readonly unknown[]): string | undefined {
  let text = '[';
  for (let i = 0; i < items.length; i += 1) {
    const item = items[i];
    const itemText = item === undefined ? 'null' : canonicalText(item);
    if (itemText === undefined) return undefined;
    text += i === 0 ? itemText : `,${itemText}`;
  }
  return `${text}]`;
}

function objectText(value: object): string | undefined {
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return undefined;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  let text = '{';
  for (const key of keys) {
    const member = record[key];
    if (member === undefined) continue;
    const memberText = canonicalText(member);
    if (memberText === undefined) return undefined;
    text += `${text.length === 1 ? '' : ','}${JSON.stringify(key)}:${memberText}`;
  }
  return `${text}}`;
}
