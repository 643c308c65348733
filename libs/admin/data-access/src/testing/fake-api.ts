/** What a fake route answers: a status (200 by default) and a JSON body (none for 204). */
export interface FakeAnswer {
  status?: number;
  body?: unknown;
}

/** One request the fake API received. */
export interface FakeCall {
  method: string;
  /** Path and query, e.g. `/api/committees/x/plans/2020?asOf=…`. */
  path: string;
  body: unknown;
}

/** A route's answer, fixed or computed from the request. */
export type FakeRoute = FakeAnswer | ((call: FakeCall, url: URL) => FakeAnswer);

/** A `fetch` stand-in and the calls it received. */
export interface FakeApi {
  fetch: typeof fetch;
  calls: FakeCall[];
}

/**
 * A stand-in for the API at the fetch edge: routes are `"METHOD /path"` (query ignored for
 * matching); anything else answers 404 with a problem body, as the real API does. Tests stub
 * `fetch` with it and everything above — client, stores, components — runs for real.
 */
export function createFakeApi(routes: Record<string, FakeRoute>): FakeApi {
  const calls: FakeCall[] = [];
  const fakeFetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(String(input), 'http://localhost');
    const method = (init.method ?? 'GET').toUpperCase();
    const call = { method, path: `${url.pathname}${url.search}`, body: typeof init.body === 'string' ? JSON.parse(init.body) : null };
    calls.push(call);
    const route = routes[`${method} ${url.pathname}`];
    const answer = typeof route === 'function' ? route(call, url) : (route ?? notFound(method, url.pathname));
    const status = answer.status ?? 200;
    const body = answer.body === undefined ? null : JSON.stringify(answer.body);
    return new Response(body, { status, headers: body === null ? {} : { 'Content-Type': 'application/json' } });
  };
  return { fetch: fakeFetch as typeof fetch, calls };
}

function notFound(method: string, path: string): FakeAnswer {
  return { status: 404, body: { statusCode: 404, error: 'Not Found', message: `Cannot ${method} ${path}` } };
}
