import type { GoalStatus } from './compare-columns';

/** The badge tone of each status: the legend and the goals use the same one. */
export const statusTones: Record<GoalStatus, 'success' | 'danger' | 'warning' | 'info' | 'neutral'> = {
  added: 'success',
  retired: 'danger',
  reworded: 'warning',
  moved: 'info',
  unchanged: 'neutral',
};
