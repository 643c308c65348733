// The library has no Node or DOM types (`types: []`), yet every runtime it serves (Node 20, browsers)
// has TextDecoder; this is the part of it the reader uses.
interface StreamingTextDecoder {
  decode(input?: Uint8Array, options?: { stream: boolean }): string;
}
type TextDecoderConstructor = new (label: 'utf-8', options: { fatal: boolean }) => StreamingTextDecoder;

const { TextDecoder } = globalThis as unknown as { TextDecoder: TextDecoderConstructor };

/**
 * Turns byte chunks into text, holding back a character cut between chunks. Bytes that are not UTF-8
 * are refused (`fatal`) rather than read as U+FFFD, which would hide a broken file.
 */
export class Utf8Decoder {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private holdsBytes = false;

  /** Text of the chunk; throws a TypeError for bytes that are not UTF-8. */
  decode(chunk: Uint8Array): string {
    this.holdsBytes = true;
    return this.decoder.decode(chunk, { stream: true });
  }

  /** Ends the bytes so far: throws a TypeError if they stop inside a character. */
  flush(): string {
    if (!this.holdsBytes) return '';
    this.holdsBytes = false;
    return this.decoder.decode();
  }
}
