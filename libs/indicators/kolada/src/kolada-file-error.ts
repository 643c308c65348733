/** Where in a Kolada file something is: the 1-based line and the JSON path, e.g. `values[12].values[2]`. */
export interface KoladaLocation {
  readonly line: number;
  /** Empty for the document itself. */
  readonly path: string;
}

/**
 * `syntax`: not JSON (or truncated); `shape`: JSON, but not a Kolada `/v3/data` response;
 * `encoding`: bytes that are not UTF-8.
 */
export type KoladaFileProblem = 'syntax' | 'shape' | 'encoding';

/**
 * The first problem in a Kolada file. The message names the place a person can go to,
 * e.g. `line 7, values[3].values[0].gender: expected one of T, K, M, got "X"`.
 */
export class KoladaFileError extends Error {
  override readonly name = 'KoladaFileError';

  constructor(
    readonly problem: KoladaFileProblem,
    readonly line: number,
    readonly path: string,
    /** The problem without its place, e.g. `expected one of T, K, M, got "X"`. */
    readonly detail: string,
  ) {
    super(`line ${line}, ${path === '' ? '(root)' : path}: ${detail}`);
  }

  /** The error's place, in the shape rows carry theirs. */
  get location(): KoladaLocation {
    return { line: this.line, path: this.path };
  }
}
