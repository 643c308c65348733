import { describe, expect, it, vi } from 'vitest';
import { serviceAvailable } from './optional-service';

const postgres = {
  service: 'PostgreSQL',
  neededFor: 'postgres adapter tests',
  howToGet: 'start it with pg_ctlcluster',
};

describe('serviceAvailable', () => {
  it('runs the tests when the service is present', () => {
    expect(serviceAvailable(postgres, true, {})).toBe(true);
  });

  it('prints one skip line naming the service and how to get it when absent outside CI', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(serviceAvailable(postgres, false, {})).toBe(false);
    expect(serviceAvailable(postgres, false, {})).toBe(false);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toMatch(/^SKIP postgres adapter tests: PostgreSQL is not available — start it/);
    warn.mockRestore();
  });

  it('fails instead of skipping under CI', () => {
    expect(() => serviceAvailable(postgres, false, { CI: 'true' })).toThrow(/CI=true/);
  });

  it('lets CI skip a service marked optional there', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(serviceAvailable({ ...postgres, service: 'KurrentDB', optionalInCi: true }, false, { CI: 'true' })).toBe(false);
    warn.mockRestore();
  });
});
