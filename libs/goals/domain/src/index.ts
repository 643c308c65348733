/** Goal kinds (directional, effect, committee) and their type guard. */
export { goalKinds, isGoalKind, type GoalKind } from './vocabulary/goal-kind';
/** Lineage relations between goals of different years and their type guard. */
export { lineageRelations, isLineageRelation, type LineageRelation } from './vocabulary/lineage-relation';
