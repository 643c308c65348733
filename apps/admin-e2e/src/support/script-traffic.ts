import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';

/** One JavaScript file the page loaded, as it came over the wire and as gzip would make it. */
export interface LoadedScript {
  /** The path on the server, e.g. `/assets/index-DpWsfvFd.js`. */
  path: string;
  /** Which step of the visit first asked for it. */
  stage: string;
  /** `content-encoding` of the response; `identity` when the server sent the bytes as they are. */
  encoding: string;
  /** Body bytes on the wire, as Chromium counted them (compressed if the server compressed). */
  transferredBytes: number;
  /** The decoded body's size. */
  bytes: number;
  /** The decoded body gzipped with zlib's default level: what the budget counts. */
  gzipBytes: number;
  /** The decoded body, to compare with the built file. */
  body: Buffer;
}

/** Records every script response of a page, tagged with the stage the test says it is in. */
export function recordScripts(page: Page): { setStage(stage: string): void; collected(): Promise<LoadedScript[]> } {
  let stage = 'start';
  const pending: Promise<LoadedScript>[] = [];
  const seen = new Set<string>();
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    // Module preloads and imports are both `script` requests; the path guards against anything reported otherwise.
    if (response.request().resourceType() !== 'script' && !path.endsWith('.js')) return;
    if (seen.has(path)) return;
    seen.add(path);
    pending.push(describe(response, path, stage));
  });
  return { setStage: (next) => (stage = next), collected: () => Promise.all(pending) };
}

async function describe(response: Response, path: string, stage: string): Promise<LoadedScript> {
  const body = await response.body();
  const sizes = await response.request().sizes();
  return {
    path,
    stage,
    encoding: (await response.headerValue('content-encoding')) ?? 'identity',
    transferredBytes: sizes.responseBodySize,
    bytes: body.length,
    gzipBytes: gzipSync(body).length,
    body,
  };
}
