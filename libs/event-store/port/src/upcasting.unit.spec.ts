import { describe, expect, it } from 'vitest';
import { UpcasterRegistry } from './upcasting';

describe('UpcasterRegistry', () => {
  const registry = new UpcasterRegistry([
    { type: 'GoalAdded', fromVersion: 1, upcast: (data) => ({ ...data, kind: 'effect' }) },
    { type: 'GoalAdded', fromVersion: 2, upcast: ({ text, ...rest }) => ({ ...rest, wording: text ?? null }) },
  ]);

  it('applies every step from the stored version to the newest', () => {
    expect(registry.apply('GoalAdded', 1, { text: 'Trygg kommun' })).toEqual({
      schemaVersion: 3,
      data: { kind: 'effect', wording: 'Trygg kommun' },
    });
  });

  it('starts from the stored version', () => {
    expect(registry.apply('GoalAdded', 2, { text: 'x', kind: 'directional' })).toEqual({
      schemaVersion: 3,
      data: { kind: 'directional', wording: 'x' },
    });
  });

  it('leaves other types and current versions alone', () => {
    expect(registry.apply('GoalRetired', 1, { reason: 'r' })).toEqual({ schemaVersion: 1, data: { reason: 'r' } });
    expect(registry.apply('GoalAdded', 3, { wording: 'w' }).schemaVersion).toBe(3);
  });

  it('refuses two upcasters for the same step', () => {
    expect(
      () =>
        new UpcasterRegistry([
          { type: 'A', fromVersion: 1, upcast: (d) => d },
          { type: 'A', fromVersion: 1, upcast: (d) => d },
        ]),
    ).toThrow(/Two upcasters for A version 1/);
  });
});
