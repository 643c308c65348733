import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { effectScope, nextTick, ref } from 'vue';
import { usePlayback } from './use-playback';

function playbackOver(total: number, start = 0) {
  const index = ref(start);
  const scope = effectScope();
  const playback = scope.run(() => usePlayback(index, ref(total)));
  if (!playback) throw new Error('no playback');
  return { index, playback, scope };
}

describe('usePlayback', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('plays at the chosen speed and stops at the last step', async () => {
    const { index, playback } = playbackOver(4);
    playback.speed.value = 10;
    playback.toggle();
    expect(playback.playing.value).toBe(true);
    vi.advanceTimersByTime(100);
    expect(index.value).toBe(1);
    vi.advanceTimersByTime(500);
    expect(index.value).toBe(3);
    expect(playback.playing.value).toBe(false);
  });

  it('starts again from the beginning when played at the end, and changes speed while playing', async () => {
    const { index, playback } = playbackOver(10, 9);
    playback.toggle();
    expect(index.value).toBe(0);
    playback.speed.value = 1;
    await nextTick();
    vi.advanceTimersByTime(999);
    expect(index.value).toBe(0);
    vi.advanceTimersByTime(1);
    expect(index.value).toBe(1);
  });

  it('pauses on any step by hand and keeps steps inside the log', () => {
    const { index, playback } = playbackOver(5, 2);
    playback.toggle();
    playback.stepForward();
    expect(playback.playing.value).toBe(false);
    expect(index.value).toBe(3);
    playback.toEnd();
    playback.stepForward();
    expect(index.value).toBe(4);
    playback.toStart();
    playback.stepBack();
    expect(index.value).toBe(0);
  });

  it('stops its timer with its scope', () => {
    const { index, playback, scope } = playbackOver(5);
    playback.toggle();
    scope.stop();
    vi.advanceTimersByTime(5_000);
    expect(index.value).toBe(0);
  });
});
