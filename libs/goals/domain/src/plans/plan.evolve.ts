import { assertNever } from '../shared/assert-never';
import type { DomainEventLike } from '../shared/recorded-event';
import { asPlanEvent, type PlanEvent } from './plan.events';
import type { PlanGoal, PlanState } from './plan.state';

/**
 * Folds one event of a plan stream. Unknown event types, and anything before PlanDrafted (which
 * an as-of filter may have cut away), leave the state as it was.
 */
export function evolvePlan(state: PlanState | null, event: DomainEventLike): PlanState | null {
  const known = asPlanEvent(event);
  if (!known) return state;
  if (known.type === 'PlanDrafted') return drafted(known.data);
  return state ? apply(state, known) : null;
}

/** Folds a plan stream from the beginning. */
export function foldPlan(events: readonly DomainEventLike[]): PlanState | null {
  return events.reduce<PlanState | null>(evolvePlan, null);
}

function drafted(data: Extract<PlanEvent, { type: 'PlanDrafted' }>['data']): PlanState {
  return {
    committeeId: data.committeeId,
    year: data.year,
    status: 'draft',
    carriedForwardFrom: data.carriedForwardFrom,
    focusAreas: [],
    goals: [],
    retired: [],
    adoption: null,
    amendments: [],
  };
}

function apply(state: PlanState, event: PlanEvent): PlanState {
  switch (event.type) {
    case 'PlanDrafted':
      return drafted(event.data);
    case 'FocusAreaAdded': {
      const area = { ...event.data, description: [...event.data.description] };
      return {
        ...state,
        focusAreas: [...state.focusAreas.filter((a) => a.focusAreaId !== area.focusAreaId), area],
      };
    }
    case 'FocusAreaRevised': {
      const area = { ...event.data, description: [...event.data.description] };
      return {
        ...state,
        focusAreas: state.focusAreas.map((a) => (a.focusAreaId === area.focusAreaId ? area : a)),
      };
    }
    case 'FocusAreaRemoved':
      return {
        ...state,
        focusAreas: state.focusAreas.filter((a) => a.focusAreaId !== event.data.focusAreaId),
      };
    case 'GoalAdded':
      return withGoal(state, { ...event.data, revision: 0, carriedFrom: null });
    case 'GoalCarriedForward': {
      const { fromYear, ...goal } = event.data;
      return withGoal(state, { ...goal, carriedFrom: fromYear });
    }
    case 'GoalReworded': {
      const { goalId, text, measurementMethod, revision } = event.data;
      return updateGoal(state, goalId, { text, measurementMethod, revision });
    }
    case 'GoalMoved':
      return updateGoal(state, event.data.goalId, {
        focusAreaId: event.data.focusAreaId,
        number: event.data.number,
      });
    case 'GoalRetired':
      return {
        ...state,
        goals: state.goals.filter((goal) => goal.goalId !== event.data.goalId),
        retired: [...state.retired, { ...event.data }],
      };
    case 'PlanAdopted':
      return { ...state, status: 'adopted', adoption: { ...event.data } };
    case 'PlanAmended':
      return { ...state, status: 'amended', amendments: [...state.amendments, { ...event.data }] };
    default:
      return assertNever(event);
  }
}

function withGoal(state: PlanState, goal: PlanGoal): PlanState {
  return {
    ...state,
    goals: [...state.goals.filter((g) => g.goalId !== goal.goalId), goal],
    retired: state.retired.filter((r) => r.goalId !== goal.goalId),
  };
}

function updateGoal(state: PlanState, goalId: string, change: Partial<PlanGoal>): PlanState {
  return {
    ...state,
    goals: state.goals.map((goal) => (goal.goalId === goalId ? { ...goal, ...change } : goal)),
  };
}
