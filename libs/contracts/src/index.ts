/** Event-store kinds, the health response schema and its type. */
export { eventStoreKinds, healthResponseSchema, type HealthResponse } from './health/health.contract';
