import type { Problem } from '@goaltrail/admin-util';
import { contractError, httpError, networkError } from '../api-error';
import { fileLocationOf, koladaImportResultSchema, type KoladaFileLocation, type KoladaImportResult } from './kolada-import-schemas';

/** How far the file's bytes have gone up; `total` is the file's size. */
export interface UploadProgress {
  readonly loaded: number;
  readonly total: number;
}

/** What to send the file as. */
export interface KoladaUploadOptions {
  /** Check and count only; nothing is written. */
  readonly dryRun: boolean;
  /** A four-digit municipality code, needed when the file holds several. */
  readonly municipality?: string | null;
  readonly onProgress?: (progress: UploadProgress) => void;
  /** When every byte is sent and the server is reading the file. */
  readonly onSent?: () => void;
}

/** The import's answer, or the problem with the line and JSON path the API named. */
export type KoladaUploadOutcome =
  | { readonly ok: true; readonly result: KoladaImportResult }
  | { readonly ok: false; readonly problem: Problem; readonly location: KoladaFileLocation | null };

const importPath = '/api/measurements/import';

/**
 * Sends a Kolada file as the raw body of `POST /api/measurements/import`. XMLHttpRequest rather than fetch:
 * it reports upload progress in every browser, while a streamed fetch body needs HTTP/2. The file goes as
 * it is (the browser streams a File from disk), so a file of hundreds of megabytes is never read into memory.
 * Same origin only, like the session cookie it relies on.
 */
export function uploadKoladaFile(file: File, options: KoladaUploadOptions): Promise<KoladaUploadOutcome> {
  const query = new URLSearchParams({ dryRun: String(options.dryRun), fileName: file.name || 'kolada.json' });
  if (options.municipality) query.set('municipality', options.municipality);
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open('POST', `${importPath}?${query}`);
    request.setRequestHeader('Content-Type', 'application/json');
    request.setRequestHeader('Accept', 'application/json');
    request.withCredentials = true;
    request.upload.addEventListener('progress', (event) => {
      options.onProgress?.({ loaded: event.loaded, total: event.lengthComputable ? event.total : file.size });
    });
    request.upload.addEventListener('load', () => options.onSent?.());
    request.addEventListener('error', () => resolve({ ok: false, problem: networkError().problem, location: null }));
    request.addEventListener('load', () => void answerOf(request).then(resolve));
    request.send(file);
  });
}

async function answerOf(request: XMLHttpRequest): Promise<KoladaUploadOutcome> {
  const text = request.responseText;
  if (request.status === 0) return { ok: false, problem: networkError().problem, location: null };
  if (request.status < 200 || request.status >= 300) {
    // The client's own reading of a problem body, so the upload shows refusals exactly as every other call.
    const response = new Response(text, { status: request.status, statusText: request.statusText });
    return { ok: false, problem: (await httpError(response)).problem, location: fileLocationOf(parseJson(text)) };
  }
  const parsed = koladaImportResultSchema.safeParse(parseJson(text));
  if (!parsed.success) return { ok: false, problem: contractError(request.status, importPath).problem, location: null };
  return { ok: true, result: parsed.data };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
