/** A JSON value: event data must be made of these so the store can keep it as jsonb. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A JSON object; event data is always one. */
export type JsonObject = { [key: string]: JsonValue };
