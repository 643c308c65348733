/**
 * The three kinds of goal found in Socialnämnden's documents:
 * inriktningsmål (directional), effektmål (effect) and nämndmål under a focus area (committee).
 */
export const goalKinds = ['directional', 'effect', 'committee'] as const;

export type GoalKind = (typeof goalKinds)[number];

export function isGoalKind(value: unknown): value is GoalKind {
  return typeof value === 'string' && (goalKinds as readonly string[]).includes(value);
}
