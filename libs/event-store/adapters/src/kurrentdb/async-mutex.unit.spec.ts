import { describe, expect, it } from 'vitest';
import { AsyncMutex } from './async-mutex';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('AsyncMutex', () => {
  it('runs tasks one at a time, in the order they asked', async () => {
    const mutex = new AsyncMutex();
    const log: string[] = [];
    const task = (name: string) => async () => {
      log.push(`${name} start`);
      await tick();
      log.push(`${name} end`);
      return name;
    };
    const results = await Promise.all([mutex.runExclusive(task('a')), mutex.runExclusive(task('b')), mutex.runExclusive(task('c'))]);
    expect(results).toEqual(['a', 'b', 'c']);
    expect(log).toEqual(['a start', 'a end', 'b start', 'b end', 'c start', 'c end']);
  });

  it('keeps going after a task fails, and hands the failure to its caller', async () => {
    const mutex = new AsyncMutex();
    const failed = mutex.runExclusive(async () => {
      throw new Error('conflict');
    });
    const next = mutex.runExclusive(async () => 'next');
    await expect(failed).rejects.toThrow('conflict');
    await expect(next).resolves.toBe('next');
  });
});
