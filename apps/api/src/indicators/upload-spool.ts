import { PayloadTooLargeException } from '@nestjs/common';
import { once } from 'node:events';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';

/**
 * A request body read once, as it arrives, and kept on disk for the reads after it: the Kolada import reads
 * its file twice (validate, then write), and an upload can only be read once. The first call of `chunks`
 * hands over the request's own chunks while copying each to a temporary file; later calls read the file,
 * after copying whatever the first reader left unread. Memory stays at one chunk whatever the upload's size.
 */
export class UploadSpool {
  private calls = 0;
  private bytes = 0;
  private complete = false;

  private constructor(
    private readonly request: Readable,
    private readonly directory: string,
    private readonly file: WriteStream,
    private readonly maxBytes: number,
  ) {}

  static async open(request: Readable, maxBytes: number): Promise<UploadSpool> {
    const directory = await mkdtemp(join(tmpdir(), 'goaltrail-upload-'));
    return new UploadSpool(request, directory, createWriteStream(join(directory, 'body')), maxBytes);
  }

  /** The body: the request as it arrives the first time, the spooled copy every later time. */
  readonly chunks = (): AsyncIterable<Uint8Array> => (this.calls++ === 0 ? this.fromRequest() : this.fromFile());

  /**
   * Reads and drops whatever the client is still sending, before the answer goes out. An import that stops at
   * a bad row near the start would otherwise answer while a browser is still uploading, and a connection
   * closed with bytes unread is reset: the browser then shows no answer at all, not the line and path. A body
   * past the size limit is not worth reading to its end: that request is destroyed instead.
   */
  async discardRest(): Promise<void> {
    if (this.complete || this.request.readableEnded || this.request.destroyed) return;
    try {
      for await (const chunk of this.request.iterator({ destroyOnReturn: false })) {
        this.bytes += (chunk as Buffer).length;
        if (this.bytes > this.maxBytes) {
          this.request.destroy();
          return;
        }
      }
    } catch {
      // The client went away: nothing left to answer.
    }
  }

  /** Closes and deletes the copy. */
  async dispose(): Promise<void> {
    this.file.destroy();
    await rm(this.directory, { recursive: true, force: true });
  }

  private async *fromRequest(): AsyncGenerator<Uint8Array> {
    // Not destroyed on an early return (a reader that stops at a bad row), so the rest can still be read.
    for await (const chunk of this.request.iterator({ destroyOnReturn: false })) {
      await this.keep(chunk as Buffer);
      yield chunk as Buffer;
    }
    await this.close();
  }

  private async *fromFile(): AsyncGenerator<Uint8Array> {
    if (!this.complete) {
      for await (const chunk of this.request.iterator({ destroyOnReturn: false })) await this.keep(chunk as Buffer);
      await this.close();
    }
    yield* createReadStream(join(this.directory, 'body')) as AsyncIterable<Buffer>;
  }

  private async keep(chunk: Buffer): Promise<void> {
    this.bytes += chunk.length;
    if (this.bytes > this.maxBytes) {
      throw new PayloadTooLargeException(`The file is larger than ${Math.round(this.maxBytes / 1024 / 1024)} MiB; split it by KPI or year.`);
    }
    if (!this.file.write(chunk)) await once(this.file, 'drain');
  }

  private async close(): Promise<void> {
    if (this.complete) return;
    this.complete = true;
    this.file.end();
    await once(this.file, 'finish');
  }
}
