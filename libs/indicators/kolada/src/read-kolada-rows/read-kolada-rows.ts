import { KoladaFileError } from '../kolada-file-error';
import type { KoladaRow } from '../kolada-row';
import { KoladaShapeReader } from '../kolada-shape-reader';
import { RowBatcher } from './row-batcher';
import { Utf8Decoder } from './utf8-decoder';

/** A file's content in pieces cut anywhere: text, or UTF-8 bytes (a Node stream gives Buffers). */
export type KoladaChunks = AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>;

/** How rows are handed over. */
export interface KoladaReadOptions {
  /** Rows per batch, the last batch may hold fewer; 1000 unless given. */
  batchSize?: number;
}

// A chunk of any size is read in pieces this long, so a whole file given as one string still
// yields its rows as it goes instead of collecting them all.
const pieceLength = 65_536;

/**
 * The rows of a Kolada `/v3/data` file in batches, read as the chunks arrive. The first problem throws a
 * KoladaFileError after the batches before it were yielded: validate first to write nothing from a bad file.
 */
export async function* readKoladaBatches(
  chunks: KoladaChunks,
  options: KoladaReadOptions = {},
): AsyncGenerator<KoladaRow[], void, undefined> {
  const batcher = new RowBatcher(Math.max(1, options.batchSize ?? 1000));
  const reader = new KoladaShapeReader();
  const decoder = new Utf8Decoder();
  for await (const chunk of chunks) {
    const text =
      typeof chunk === 'string'
        ? decodeOrFail(() => decoder.flush(), reader) + chunk
        : decodeOrFail(() => decoder.decode(chunk), reader);
    for (let start = 0; start < text.length; start += pieceLength) {
      reader.write(text.length <= pieceLength ? text : text.slice(start, start + pieceLength));
      yield* batcher.add(reader.takeRows());
    }
  }
  reader.write(decodeOrFail(() => decoder.flush(), reader));
  reader.end();
  yield* batcher.add(reader.takeRows());
  const rest = batcher.rest();
  if (rest.length > 0) yield rest;
}

/** The rows of a Kolada `/v3/data` file one at a time; see readKoladaBatches. */
export async function* readKoladaRows(chunks: KoladaChunks): AsyncGenerator<KoladaRow, void, undefined> {
  for await (const batch of readKoladaBatches(chunks)) {
    for (const row of batch) yield row;
  }
}

function decodeOrFail(decode: () => string, reader: KoladaShapeReader): string {
  try {
    return decode();
  } catch (error) {
    // Where the bad bytes are exactly is lost inside TextDecoder; the line where reading stopped is close.
    const detail = `the file is not UTF-8 text (${error instanceof Error ? error.message : String(error)})`;
    throw new KoladaFileError('encoding', reader.line, '', detail);
  }
}
