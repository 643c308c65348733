declare const GOALTRAIL_VERSION: string | undefined;

/**
 * The product version. The bundler writes it in from package.json at build time; code run
 * straight from source (tests) reports a development version instead.
 */
export const productVersion: string =
  typeof GOALTRAIL_VERSION === 'string' ? GOALTRAIL_VERSION : '0.0.0-development';
