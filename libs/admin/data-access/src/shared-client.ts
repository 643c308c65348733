import { createApiClient, type ApiClient } from './api-client';

// One client for the whole SPA: stores share it, and a test or an embedding page can swap it once.
let shared: ApiClient = createApiClient();

/** The client every store uses. */
export function apiClient(): ApiClient {
  return shared;
}

/** Points every store at another API (a test server, or an API on another origin). */
export function configureApiClient(client: ApiClient): void {
  shared = client;
}
