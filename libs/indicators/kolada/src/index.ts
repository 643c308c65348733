/** Reads a Kolada `/v3/data` file's rows as its chunks arrive; throws KoladaFileError at the first problem. */
export {
  readKoladaBatches,
  readKoladaRows,
  type KoladaChunks,
  type KoladaReadOptions,
} from './read-kolada-rows/read-kolada-rows';
/** Reads a whole Kolada file, keeping no rows: its summary, or the KoladaFileError of its first problem. */
export { validateKoladaFile, type KoladaFileSummary } from './validate-kolada-file/validate-kolada-file';
/** Tells repeated measurements apart (identical or conflicting) and names a measurement's identity. */
export {
  KoladaDuplicateTracker,
  koladaRowKey,
  type KoladaRepeat,
  type KoladaRowIdentity,
} from './validate-kolada-file/kolada-duplicate-tracker';
/** One measurement read from a Kolada file, and Kolada's genders T, K and M. */
export { koladaGenders, type KoladaGender, type KoladaRow } from './kolada-row';
/** The first problem in a Kolada file, with the line and JSON path it was found at. */
export { KoladaFileError, type KoladaFileProblem, type KoladaLocation } from './kolada-file-error';
