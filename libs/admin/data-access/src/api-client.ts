import { healthResponseSchema, type HealthResponse } from '@goaltrail/contracts';
import type { z } from 'zod';

/** A failed API call, with the status and the server's message when it sent one. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The one typed door from the SPA to the API; every answer is checked against its contract. */
export interface ApiClient {
  health(): Promise<HealthResponse>;
}

/** Builds the client for an API at `baseUrl` (empty string: same origin). */
export function createApiClient(baseUrl = '', fetchImpl: typeof fetch = fetch): ApiClient {
  async function get<T>(path: string, schema: z.ZodType<T>): Promise<T> {
    let response: Response;
    try {
      response = await fetchImpl(`${baseUrl}${path}`, { headers: { Accept: 'application/json' } });
    } catch {
      throw new ApiError(0, 'Servern svarar inte. Kontrollera att goaltrail är igång.');
    }
    if (!response.ok) throw new ApiError(response.status, await errorMessage(response));
    const parsed = schema.safeParse(await response.json());
    if (!parsed.success) throw new ApiError(response.status, `Oväntat svar från ${path}`);
    return parsed.data;
  }

  return {
    health: () => get('/api/health', healthResponseSchema),
  };
}

async function errorMessage(response: Response): Promise<string> {
  try {
    const body: unknown = await response.json();
    if (body && typeof body === 'object' && 'message' in body && typeof body.message === 'string') {
      return body.message;
    }
  } catch {
    // Not JSON: fall through to the status text.
  }
  return `${response.status} ${response.statusText}`.trim();
}
