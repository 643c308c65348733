import {
  goalAtPlace,
  hasFocusArea,
  normalizeText,
  type AddGoal,
  type CommitteeState,
  type PlanState,
  type RewordGoal,
} from '@goaltrail/goals-domain';
import { previewToPlanCommands, type GoalDocumentPreview, type PreviewWarning } from '@goaltrail/importer';
import type { ImportAction } from './import-goal-document.command';

/** What the store already holds for the import's committee and year, and how to name new goals. */
export interface ImportTarget {
  readonly committeeId: string;
  readonly year: number;
  readonly fileName: string;
  readonly committee: CommitteeState | null;
  readonly plan: PlanState | null;
  readonly newGoalId: () => string;
}

/** The domain commands that bring the store in line with the document, and what cannot be placed. */
export interface ImportPlan {
  readonly actions: ImportAction[];
  readonly problems: PreviewWarning[];
}

/**
 * A new plan gets every command of the preview. An existing plan keeps its goals' identities: a goal
 * matched by section and number is reworded when its normalised text or method differs, an unmatched
 * one is added, and goals the document no longer lists are left alone (retiring needs a reason that a
 * document cannot give).
 */
export function planImportActions(preview: GoalDocumentPreview, target: ImportTarget): ImportPlan {
  const { committeeId, year, committee, plan } = target;
  const mapped = previewToPlanCommands(preview, { committeeId, year, goalId: () => target.newGoalId() });
  const actions: ImportAction[] = [];
  if (!committee) {
    actions.push({
      type: 'RegisterCommittee',
      committeeId,
      name: preview.committee ?? committeeId,
      // As the document says: a document that names no municipality leaves it null.
      municipality: preview.municipality,
    });
  }
  if (!plan) return { actions: [...actions, ...mapped.commands], problems: mapped.problems };
  for (const command of mapped.commands) {
    if (command.type === 'AddFocusArea') {
      if (!hasFocusArea(plan, command.focusAreaId)) actions.push(command);
    } else if (command.type === 'AddGoal') {
      const change = goalChange(plan, command, target.fileName);
      if (change) actions.push(change);
    }
  }
  return { actions, problems: mapped.problems };
}

function goalChange(plan: PlanState, added: AddGoal, fileName: string): AddGoal | RewordGoal | null {
  const held = goalAtPlace(plan, { kind: added.kind, focusAreaId: added.focusAreaId ?? null, number: added.number });
  if (!held) return added;
  const text = normalizeText(added.text);
  const measurementMethod = added.measurementMethod ? normalizeText(added.measurementMethod) || null : null;
  if (text === normalizeText(held.text) && measurementMethod === held.measurementMethod) return null;
  return {
    type: 'RewordGoal',
    committeeId: plan.committeeId,
    year: plan.year,
    goalId: held.goalId,
    text,
    measurementMethod,
    reason: `Ny version av källdokumentet ${fileName}`,
    expectedRevision: held.revision,
  };
}
