import type { AddFocusArea, AddGoal, DraftPlan, GoalKind } from '@goaltrail/goals-domain';
import type { GoalDocumentPreview, PreviewGoal, PreviewSection, PreviewWarning } from '../preview';
import { focusAreaSlug } from './focus-area-slug';

/** What the commands need besides the preview. The domain makes no ids, so the caller does. */
export type PlanCommandOptions = {
  committeeId: string;
  /** The plan year; defaults to the preview's. */
  year?: number;
  /** The id of a new goal, e.g. a UUID; `section` and `goal` are indexes into the preview. */
  goalId: (at: { section: number; goal: number }) => string;
  /** Defaults to a slug of the title, so the same council area gets the same id every year. */
  focusAreaId?: (title: string) => string;
};

/** The commands that record a previewed document as a new draft plan, and what could not be placed. */
export type PlanCommands = {
  commands: (DraftPlan | AddFocusArea | AddGoal)[];
  problems: PreviewWarning[];
};

/**
 * Maps an accepted preview to DraftPlan, AddFocusArea and AddGoal commands for a new plan, in
 * document order. Goal numbers are the document's when they are whole and unique within the plan
 * section, else the next free number. Targets are not mapped: no plan command carries one.
 */
export function previewToPlanCommands(
  preview: GoalDocumentPreview,
  options: PlanCommandOptions,
): PlanCommands {
  const year = options.year ?? preview.year;
  if (year === null) {
    return { commands: [], problems: [{ line: null, message: 'the plan needs a year: the preview has none' }] };
  }
  const mapper = new CommandMapper(options, year);
  preview.sections.forEach((section, index) => mapper.addSection(section, index));
  return { commands: mapper.commands, problems: mapper.problems };
}

class CommandMapper {
  readonly commands: PlanCommands['commands'] = [];
  readonly problems: PreviewWarning[] = [];
  private readonly areaIds = new Set<string>();
  /** Numbers taken per plan section, with the highest, so the next free number is found in O(1). */
  private readonly numbersBySection = new Map<string, { taken: Set<number>; highest: number }>();

  constructor(
    private readonly options: PlanCommandOptions,
    private readonly year: number,
  ) {
    this.commands.push({ type: 'DraftPlan', committeeId: options.committeeId, year });
  }

  addSection(section: PreviewSection, index: number): void {
    const areaId = this.focusAreaOf(section);
    section.goals.forEach((goal, goalIndex) => {
      if (goal.kind === 'committee' && areaId === null) {
        this.problem(goal, 'committee goals sit in a focus area, and this one has no titled section');
        return;
      }
      // Directional and effect goals outside a focus area sit in their kind's section of the plan.
      const focusAreaId = section.kind === 'focus-area' || goal.kind === 'committee' ? areaId : null;
      this.commands.push({
        type: 'AddGoal',
        committeeId: this.options.committeeId,
        year: this.year,
        goalId: this.options.goalId({ section: index, goal: goalIndex }),
        kind: goal.kind,
        number: this.numberFor(goal, focusAreaId, goal.kind),
        text: goal.text,
        measurementMethod: goal.measurementMethod,
        focusAreaId,
      });
    });
  }

  /** A titled focus area (or titled group of committee goals) becomes a plan focus area. */
  private focusAreaOf(section: PreviewSection): string | null {
    const groupsCommitteeGoals = section.kind === 'focus-area' || section.kind === 'committee';
    if (!groupsCommitteeGoals || section.title === null) {
      if (section.title !== null) {
        this.problems.push({ line: null, message: `the plan has no place for the section title "${section.title}"` });
      }
      return null;
    }
    const id = (this.options.focusAreaId ?? focusAreaSlug)(section.title);
    if (this.areaIds.has(id)) {
      const message = `two focus areas are called "${section.title}": their goals are put together`;
      this.problems.push({ line: null, message });
      return id;
    }
    this.areaIds.add(id);
    this.commands.push({
      type: 'AddFocusArea',
      committeeId: this.options.committeeId,
      year: this.year,
      focusAreaId: id,
      title: section.title,
      description: section.description,
    });
    return id;
  }

  private numberFor(goal: PreviewGoal, focusAreaId: string | null, kind: GoalKind): number {
    const key = focusAreaId === null ? `kind:${kind}` : `focus-area:${focusAreaId}`;
    const section = this.numbersBySection.get(key) ?? { taken: new Set<number>(), highest: 0 };
    this.numbersBySection.set(key, section);
    const written = goal.number !== null && /^\d{1,3}$/u.test(goal.number) ? Number(goal.number) : null;
    const number = written !== null && written > 0 && !section.taken.has(written) ? written : section.highest + 1;
    section.taken.add(number);
    section.highest = Math.max(section.highest, number);
    return number;
  }

  private problem(goal: PreviewGoal, message: string): void {
    this.problems.push({ line: goal.sourceLines[0], message: `${message}: "${goal.text}" is left out` });
  }
}
