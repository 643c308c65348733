import type { IncomingMessage } from 'node:http';

/** The route whose JSON body is streamed to the Kolada importer instead of being parsed (see create-app.ts). */
export const measurementsImportPath = '/api/measurements/import';

/**
 * The JSON body parser's `type` test: every `application/json` request except the Kolada upload, which can
 * be hundreds of MB and is read as a stream by its controller; parsing it would buffer it all in memory.
 */
export function parsesJsonBody(request: IncomingMessage): boolean {
  const type = request.headers['content-type'] ?? '';
  const path = (request.url ?? '').split('?')[0];
  return /^application\/json\s*(;|$)/i.test(type) && path !== measurementsImportPath;
}
