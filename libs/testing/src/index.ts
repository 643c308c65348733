/** A free TCP port on 127.0.0.1. */
export { freePort } from './free-port';
/** Skip-or-fail decision for tests that need an outside service. */
export { serviceAvailable, runningInCi, type ServiceRequirement } from './optional-service';
/** Locating Debian's Chromium and the flags to run it headless offline. */
export { findChromium, chromiumArgs } from './chromium';
/** A per-run PostgreSQL schema on the local test server, and whether the server is there. */
export { dropSchema, postgresHowToGet, postgresReachable, postgresTestUrl, uniqueSchemaName } from './postgres';
