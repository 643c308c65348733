/** One step of the store's schema; its SQL must be safe to run twice. */
export interface Migration {
  version: number;
  name: string;
  sql(schema: string): string;
}

/** How far back in a stream a retried append is recognised. */
export const retryWindow = 1000;
