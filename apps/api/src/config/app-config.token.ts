/**
 * Injection token for the validated AppConfig. Providers are injected by explicit tokens
 * throughout the API because the bundler (esbuild) does not emit decorator type metadata.
 */
export const APP_CONFIG = Symbol('APP_CONFIG');
