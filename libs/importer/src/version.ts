/**
 * Recorded in the metadata of committed imports. Bump it whenever the same text would be read into
 * a different preview, so an audit can tell which parser produced a plan.
 */
export const importerVersion = '1.0.0';
