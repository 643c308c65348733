import { afterEach, describe, expect, it } from 'vitest';
import { collect, goalEvent, type OpenStore, type OpenedStore } from './contract-fixtures';

/** The hash chain and read-time upcasting. */
export function integrityContract(open: OpenStore): void {
  describe('tamper evidence', () => {
    let opened: OpenedStore | undefined;
    afterEach(() => opened?.close());

    it('verifies an untouched log and counts every event', async () => {
      opened = await open({});
      for (let i = 0; i < 30; i += 1) {
        await opened.store.appendToStream(`goal-${i % 4}`, [goalEvent(`ö-${i}`), goalEvent(`å-${i}`)], { expectedRevision: 'any' });
      }
      const progress: number[] = [];
      const result = await opened.store.verify({ onProgress: (checked) => progress.push(checked) });
      expect(result).toEqual({ ok: true, checked: 60, firstBrokenPosition: null, problem: null });
      expect(progress.at(-1)).toBe(60);
    });

    it('verifies an empty log', async () => {
      opened = await open({});
      expect(await opened.store.verify()).toMatchObject({ ok: true, checked: 0 });
    });

    it('names the first event whose stored bytes were changed', async (context) => {
      opened = await open({});
      if (!opened.tamper) {
        context.skip('this backend offers no way to change a stored event');
        return;
      }
      for (let i = 0; i < 10; i += 1) {
        await opened.store.appendToStream('goal-1', [goalEvent(`wording ${i}`)], { expectedRevision: 'any' });
      }
      const events = await collect(opened.store.readAll());
      const victim = events[6]?.position as string;
      await opened.tamper(victim);
      const result = await opened.store.verify();
      expect(result.ok).toBe(false);
      expect(result.firstBrokenPosition).toBe(victim);
      expect(result.checked).toBe(6);
      expect(result.problem).toMatch(/content was changed/);
    });
  });

  describe('upcasting', () => {
    let opened: OpenedStore | undefined;
    afterEach(() => opened?.close());

    it('upgrades old schema versions on read, in order, without touching the stored event', async () => {
      opened = await open({
        upcasters: [
          { type: 'GoalAdded', fromVersion: 1, upcast: ({ text, ...rest }) => ({ ...rest, wording: text ?? null }) },
          { type: 'GoalAdded', fromVersion: 2, upcast: (data) => ({ ...data, language: 'sv' }) },
        ],
      });
      await opened.store.appendToStream('goal-1', [goalEvent('Trygg kommun', { type: 'GoalAdded' })], { expectedRevision: 'any' });
      await opened.store.appendToStream('goal-1', [goalEvent('x', { type: 'GoalRetired' })], { expectedRevision: 'any' });
      const [added, retired] = await collect(opened.store.readAll());
      expect(added).toMatchObject({ schemaVersion: 3, storedSchemaVersion: 1, data: { wording: 'Trygg kommun', kind: 'effect', language: 'sv' } });
      expect(added?.data).not.toHaveProperty('text');
      expect(retired).toMatchObject({ schemaVersion: 1, data: { text: 'x' } });
      expect(await opened.store.verify()).toMatchObject({ ok: true, checked: 2 });
    });
  });
}
