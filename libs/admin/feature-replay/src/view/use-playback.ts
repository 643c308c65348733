import { onScopeDispose, ref, watch, type Ref } from 'vue';

/** The speeds offered, in steps per second. */
export const playbackSpeeds = [1, 2, 5, 10, 25, 100] as const;

/**
 * Play, pause and step through `index` (0 … total − 1). Any step by hand pauses, so the person and the
 * timer never fight over the position; playing from the end starts again at the beginning.
 */
export function usePlayback(index: Ref<number>, total: Ref<number>) {
  const playing = ref(false);
  const speed = ref<number>(5);
  let timer: ReturnType<typeof setInterval> | undefined;

  function schedule(): void {
    clearInterval(timer);
    if (playing.value) timer = setInterval(tick, 1000 / speed.value);
  }

  function tick(): void {
    if (index.value >= total.value - 1) pause();
    else index.value += 1;
  }

  function play(): void {
    if (total.value === 0) return;
    if (index.value >= total.value - 1) index.value = 0;
    playing.value = true;
    schedule();
  }

  function pause(): void {
    playing.value = false;
    schedule();
  }

  function moveTo(step: number): void {
    pause();
    index.value = Math.min(Math.max(0, step), Math.max(0, total.value - 1));
  }

  watch(speed, schedule);
  onScopeDispose(() => clearInterval(timer));

  return {
    playing,
    speed,
    toggle: () => (playing.value ? pause() : play()),
    pause,
    moveTo,
    stepBack: () => moveTo(index.value - 1),
    stepForward: () => moveTo(index.value + 1),
    toStart: () => moveTo(0),
    toEnd: () => moveTo(total.value - 1),
  };
}
