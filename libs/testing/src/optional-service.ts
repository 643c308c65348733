/**
 * Tests that need an outside service (PostgreSQL, Chromium, KurrentDB) skip with one clear line
 * when it is absent on a developer's machine. Under CI=true only the services listed as optional
 * in CI may be absent; any other absence fails the run, so CI can never go green by skipping.
 */
export interface ServiceRequirement {
  /** Human name, e.g. "PostgreSQL". */
  service: string;
  /** What the test suite needs it for. */
  neededFor: string;
  /** How to get it, e.g. "start it with: pg_ctlcluster … main start". */
  howToGet: string;
  /** KurrentDB cannot run on the build machines, so CI may skip it. */
  optionalInCi?: boolean;
}

const announced = new Set<string>();

/** True when CI=true is set in the environment. */
export function runningInCi(env: NodeJS.ProcessEnv = process.env): boolean {
  return env['CI'] === 'true' || env['CI'] === '1';
}

/**
 * Decides whether tests needing `requirement` run. Returns true when the service is there;
 * prints a skip line and returns false when it is not; throws under CI unless optional there.
 */
export function serviceAvailable(
  requirement: ServiceRequirement,
  present: boolean,
  env: NodeJS.ProcessEnv = process.env,
): boolean {
  if (present) return true;
  const line = `SKIP ${requirement.neededFor}: ${requirement.service} is not available — ${requirement.howToGet}`;
  if (runningInCi(env) && !requirement.optionalInCi) {
    throw new Error(`${line} (CI=true: this may not be skipped)`);
  }
  if (!announced.has(line)) {
    announced.add(line);
    console.warn(line);
  }
  return false;
}
