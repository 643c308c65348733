import type { LineageRelation } from '@goaltrail/goals-domain';

// One hue per relation, each at least 4.5:1 on white so a flow stays distinguishable from the page;
// the diagram never relies on colour alone (tooltips and the table name every relation).
export const relationColors: Record<LineageRelation, string> = {
  continues: '#1d4e89',
  reworded: '#9a4a06',
  split: '#0e6577',
  merged: '#6d28d9',
  replaced: '#166534',
  retired: '#a4262c',
};

/** Flows to or from the "no recorded link" and "new" columns: context, not a relation. */
export const unlinkedColor = '#6b7280';
