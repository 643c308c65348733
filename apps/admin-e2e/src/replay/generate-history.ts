// A long, realistic goal history for the replay benchmark, made of the goal domain's event shapes
// (PlanDrafted, FocusAreaAdded, GoalAdded, GoalCarriedForward, GoalReworded, GoalMoved, GoalRetired,
// PlanAdopted, GoalsLinked, CommitteeRegistered) exactly as `GET /api/events` serves them. Browser tests
// may not import the domain, so the shapes are written out here; the replay's own unit tests prove the
// fold on the domain's types, and the benchmark checks the final state the browser shows.

/** An event as `GET /api/events` answers it. */
export interface ServedEvent {
  position: string;
  id: string;
  streamId: string;
  revision: number;
  type: string;
  schemaVersion: number;
  storedSchemaVersion: number;
  data: Record<string, unknown>;
  metadata: { actor: string; role: string; reason: string | null; decisionRef: string | null; effectiveAt: string; recordedAt: string };
}

type Kind = 'directional' | 'effect' | 'committee';
interface Goal {
  goalId: string;
  kind: Kind;
  number: number;
  text: string;
  measurementMethod: string | null;
  focusAreaId: string | null;
  revision: number;
}

const firstYear = 2005;
const lastYear = 2020;
const areas = [
  { focusAreaId: 'attraktiv', title: 'En attraktiv och växande kommun', description: ['Där människor vill bo och stanna kvar'] },
  { focusAreaId: 'hallbar', title: 'En hållbar kommun', description: ['Där äldre ges trygghet', 'Där vi har ett effektivt resursutnyttjande'] },
  { focusAreaId: 'larande', title: 'En lärande kommun', description: ['Där alla ges förutsättningar för framtiden'] },
  { focusAreaId: 'oppen', title: 'En öppen kommun', description: ['Där vi uppfattas som transparenta'] },
];
const subjects = ['brukare inom hemtjänsten', 'anhöriga', 'ungdomar', 'äldre på särskilt boende', 'medborgare', 'medarbetare'];
const methods = ['brukarundersökning', 'intern statistik', 'skolenkät', null];

/** What one plan year adds besides carrying the year before forward. */
const perPlan = { rewordings: 61, retired: 2, added: 2 };

/** `committees` committees with a plan a year 2005–2020 each, cut to exactly `total` events. */
export function generateHistory(total = 100_000, committees = 64): ServedEvent[] {
  const events: ServedEvent[] = [];
  const revisions = new Map<string, number>();
  const emit = (streamId: string, type: string, data: Record<string, unknown>, effectiveAt: string, extra: Partial<ServedEvent['metadata']> = {}) => {
    const revision = revisions.get(streamId) ?? 0;
    revisions.set(streamId, revision + 1);
    const position = events.length + 1;
    const recordedAt = new Date(Date.UTC(2026, 0, 1) + position * 1000).toISOString();
    events.push({
      position: String(position),
      id: `00000000-0000-4000-8000-${String(position).padStart(12, '0')}`,
      streamId,
      revision,
      type,
      schemaVersion: 1,
      storedSchemaVersion: 1,
      data,
      metadata: { actor: 'pia.planner', role: 'planner', reason: null, decisionRef: null, effectiveAt, recordedAt, ...extra },
    });
  };

  const goals = new Map<string, Goal[]>();
  for (let c = 0; c < committees; c += 1) {
    const committeeId = `namnd-${c + 1}`;
    emit(`committee-${committeeId}`, 'CommitteeRegistered', { committeeId, name: `Nämnd ${c + 1}`, municipality: 'Exempelkommun' }, '2005-01-01', { actor: 'system:seed', role: 'system' });
    goals.set(committeeId, firstGoals(committeeId));
  }
  for (let year = firstYear; year <= lastYear && events.length < total; year += 1) {
    for (let c = 0; c < committees && events.length < total; c += 1) {
      const committeeId = `namnd-${c + 1}`;
      goals.set(committeeId, planYear(emit, committeeId, year, goals.get(committeeId) ?? []));
    }
  }
  return events.slice(0, total);
}

type Emit = (streamId: string, type: string, data: Record<string, unknown>, effectiveAt: string, extra?: Partial<ServedEvent['metadata']>) => void;

function firstGoals(committeeId: string): Goal[] {
  const goal = (kind: Kind, number: number, index: number, focusAreaId: string | null): Goal => ({
    goalId: `${committeeId}-g${index}`,
    kind,
    number,
    text: wording(index, 0, firstYear),
    measurementMethod: methods[index % methods.length] ?? null,
    focusAreaId,
    revision: 0,
  });
  return [
    ...Array.from({ length: 6 }, (_, i) => goal('directional', i + 1, i, null)),
    ...Array.from({ length: 8 }, (_, i) => goal('effect', i + 1, 6 + i, null)),
    ...Array.from({ length: 10 }, (_, i) => goal('committee', Math.floor(i / 4) + 1, 14 + i, areas[i % 4]?.focusAreaId ?? null)),
  ];
}

/** One plan year: drafted (carried from the year before), reworded, a goal moved, goals retired and added, adopted. */
function planYear(emit: Emit, committeeId: string, year: number, previous: Goal[]): Goal[] {
  const plan = `plan-${committeeId}-${year}`;
  const lineage = `lineage-${committeeId}`;
  const first = year === firstYear;
  const held = previous.map((goal) => ({ ...goal }));
  emit(plan, 'PlanDrafted', { committeeId, year, carriedForwardFrom: first ? null : year - 1 }, `${year}-01-01`);
  for (const area of areas) emit(plan, 'FocusAreaAdded', { ...area, description: [...area.description] }, `${year}-01-01`);
  for (const goal of held) {
    const { revision, ...rest } = goal;
    if (first) emit(plan, 'GoalAdded', rest, `${year}-01-01`);
    else emit(plan, 'GoalCarriedForward', { ...rest, fromYear: year - 1, revision }, `${year}-01-01`);
  }
  for (let r = 0; r < perPlan.rewordings; r += 1) {
    const goal = held[(r * 7 + year) % held.length];
    if (!goal) continue;
    goal.revision += 1;
    goal.text = wording(Number(goal.goalId.split('-g').at(-1) ?? 0) || r, goal.revision, year);
    const reason = 'Tydligare formulering efter uppföljningen';
    emit(plan, 'GoalReworded', { goalId: goal.goalId, text: goal.text, measurementMethod: goal.measurementMethod, reason, revision: goal.revision }, `${year}-${String(1 + (r % 12)).padStart(2, '0')}-15`, { reason });
  }
  const moving = held.find((goal) => goal.kind === 'committee');
  if (moving) {
    const target = areas[(year + 1) % areas.length]?.focusAreaId ?? null;
    moving.number = nextNumber(held, 'committee', target);
    moving.focusAreaId = target;
    emit(plan, 'GoalMoved', { goalId: moving.goalId, focusAreaId: target, number: moving.number }, `${year}-06-01`);
  }
  const retired = held.filter((goal) => goal.kind === 'effect').slice(0, perPlan.retired);
  for (const goal of retired) {
    held.splice(held.indexOf(goal), 1);
    emit(plan, 'GoalRetired', { goalId: goal.goalId, reason: 'Målet är uppnått', fromYear: first ? null : year - 1 }, `${year}-06-01`, { reason: 'Målet är uppnått' });
  }
  for (let a = 0; a < perPlan.added; a += 1) {
    const goal: Goal = {
      goalId: `${committeeId}-${year}-n${a}`,
      kind: 'effect',
      number: nextNumber(held, 'effect', null),
      text: `Väntetiden för ${subjects[(year + a) % subjects.length]} ska minska till under ${10 + a} dagar.`,
      measurementMethod: 'intern statistik',
      focusAreaId: null,
      revision: 0,
    };
    held.push(goal);
    const { revision: _revision, ...data } = goal;
    emit(plan, 'GoalAdded', data, `${year}-06-01`);
  }
  const decisionRef = `SN ${year - 1}/${100 + (year % 50)} § ${committeeId.length + (year % 90)}`;
  emit(plan, 'PlanAdopted', { decisionRef, decidedOn: `${year - 1}-12-15` }, `${year}-01-01`, { decisionRef });
  if (!first) linkYear(emit, lineage, committeeId, year, retired, held.slice(-perPlan.added));
  return held;
}

/** The planner's reading: each retired goal replaced by one of the new goals. */
function linkYear(emit: Emit, lineage: string, committeeId: string, year: number, retired: Goal[], added: Goal[]): void {
  retired.forEach((goal, i) => {
    const successor = added[i];
    if (!successor) return;
    emit(lineage, 'GoalsLinked', {
      committeeId,
      fromYear: year - 1,
      fromGoalId: goal.goalId,
      toYear: year,
      toGoalId: successor.goalId,
      relation: 'replaced',
      rationale: 'Det nya målet mäter samma sak närmare brukaren.',
    }, `${year}-01-01`);
  });
}

/** A goal's wording at a revision: the share and the phrasing move a little with each one. */
function wording(seed: number, revision: number, year: number): string {
  const subject = subjects[seed % subjects.length];
  const share = 60 + ((seed * 7 + revision * 3) % 35);
  return revision % 2 === 0
    ? `Andelen nöjda ${subject} ska vara minst ${share} procent ${year}.`
    : `Minst ${share} procent av ${subject} ska vara nöjda med insatserna under ${year}.`;
}

function nextNumber(goals: readonly Goal[], kind: Kind, focusAreaId: string | null): number {
  const same = goals.filter((goal) => (focusAreaId === null ? goal.focusAreaId === null && goal.kind === kind : goal.focusAreaId === focusAreaId));
  return Math.max(0, ...same.map((goal) => goal.number)) + 1;
}
