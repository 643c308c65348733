import { useLocale } from '@goaltrail/admin-util';
import { computed, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import type { ReplayFrame, StepLine } from '../engine/replay-types';
import { describeStep } from './describe-step';

/**
 * The words for where the replay stands: each step named in a sentence, the visible status line, and
 * what the polite live region says. While playing, the region says only that it plays — a sentence
 * per step at 25 steps a second would drown a screen reader — and names the step once it stops.
 */
export function useStepText(frame: Ref<ReplayFrame | null>, total: Ref<number>, playing: Ref<boolean>, unseen: Ref<number>) {
  const { t } = useI18n();
  const locale = useLocale();
  const count = (value: number) => new Intl.NumberFormat(locale.value === 'sv' ? 'sv-SE' : 'en-GB').format(value);

  const committeeNames = computed(() => new Map((frame.value?.tree ?? []).map((node) => [node.committeeId, node.name])));
  const describe = (line: StepLine) => describeStep(t, line, (id) => committeeNames.value.get(id) ?? id);

  const status = computed(() => {
    const step = frame.value?.step;
    if (!step) return '';
    return t('replay.step.announce', { n: count(step.index + 1), total: count(total.value), change: describe(step) });
  });
  const announcement = computed(() => {
    if (playing.value) return t('replay.step.playing');
    const fresh = unseen.value > 0 ? ` ${t('replay.step.newEvents', { count: count(unseen.value) })}` : '';
    return `${status.value}${fresh}`;
  });

  return { describe, status, announcement, count };
}
