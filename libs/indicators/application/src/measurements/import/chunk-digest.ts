import { createHash, type Hash } from 'node:crypto';
import type { KoladaChunks } from '@goaltrail/kolada';

/**
 * Hashes a file's bytes as the validation pass reads them, so the sha256 costs no extra read. Text chunks
 * are hashed as their UTF-8 bytes, the same digest the bytes themselves would give.
 */
export class ChunkDigest {
  private readonly hash: Hash = createHash('sha256');
  private byteCount = 0;

  /** The chunks, unchanged, hashed on their way through. */
  async *pass(chunks: KoladaChunks): AsyncGenerator<string | Uint8Array> {
    for await (const chunk of chunks) {
      this.hash.update(chunk);
      this.byteCount += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.byteLength;
      yield chunk;
    }
  }

  get bytes(): number {
    return this.byteCount;
  }

  /** The digest in hex; call once, after the chunks are read. */
  hex(): string {
    return this.hash.digest('hex');
  }
}
