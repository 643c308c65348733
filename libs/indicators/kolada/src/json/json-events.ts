/** A JSON value that is not a container. Numbers arrive parsed, so `1e999` arrives as Infinity. */
export type JsonScalar = string | number | boolean | null;

/**
 * What the tokenizer reports, in document order. A receiver that throws stops the tokenizer
 * with its error, so shape rules can fail at the exact token.
 */
export interface JsonEvents {
  startObject(): void;
  endObject(): void;
  startArray(): void;
  endArray(): void;
  /** An object's key, before its value. */
  key(name: string): void;
  scalar(value: JsonScalar): void;
}
