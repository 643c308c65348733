/** Typed HTTP client for the goaltrail API and its error type. */
export { createApiClient, ApiError, type ApiClient } from './api-client';
/** Pinia store holding the server's health. */
export { useSystemStore } from './system.store';
