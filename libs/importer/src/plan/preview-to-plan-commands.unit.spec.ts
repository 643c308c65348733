import {
  decide,
  decisionStateFor,
  foldPlan,
  streamIdOf,
  streamsToLoad,
  type Command,
  type RecordedEventLike,
} from '@goaltrail/goals-domain';
import { describe, expect, it } from 'vitest';
import { parseGoalDocument } from '../parse-goal-document';
import type { GoalDocumentPreview } from '../preview';
import seed2005 from '../samples/socialnamndens-mal-2005.txt?raw';
import seed2020 from '../samples/socialnamndens-mal-2020.txt?raw';
import { focusAreaSlug } from './focus-area-slug';
import { previewToPlanCommands } from './preview-to-plan-commands';

const goalId = ({ section, goal }: { section: number; goal: number }) => `g-${section}-${goal}`;

/** Runs commands the way a handler does, so the test proves the domain accepts them. */
function runAll(commands: readonly Command[]): RecordedEventLike[] {
  const log: RecordedEventLike[] = [];
  for (const command of commands) {
    const streams = new Map(streamsToLoad(command).map((id) => [id, log.filter((event) => event.streamId === id)]));
    const streamId = streamIdOf(command);
    for (const event of decide(command, decisionStateFor(command, streams))) {
      const revision = log.filter((recorded) => recorded.streamId === streamId).length;
      const metadata = { actor: 'system:test', role: 'admin', reason: null, decisionRef: null, effectiveAt: '2020-01-01', recordedAt: '2026-01-01T00:00:00Z' };
      log.push({ type: event.type, data: event.data, streamId, revision, metadata });
    }
  }
  return log;
}

function planFrom(preview: GoalDocumentPreview) {
  const { commands, problems } = previewToPlanCommands(preview, { committeeId: 'socialnamnden', goalId });
  const register: Command = { type: 'RegisterCommittee', committeeId: 'socialnamnden', name: 'Socialnämnden', municipality: null };
  const log = runAll([register, ...commands]);
  return { commands, problems, plan: foldPlan(log.filter((event) => event.streamId.startsWith('plan-'))) };
}

describe('previewToPlanCommands', () => {
  it('turns the 2005 seed into a draft plan with 6 + 7 numbered goals the domain accepts', () => {
    const { commands, problems, plan } = planFrom(parseGoalDocument(seed2005));
    expect(problems).toEqual([]);
    expect(commands[0]).toEqual({ type: 'DraftPlan', committeeId: 'socialnamnden', year: 2005 });
    expect(commands).toHaveLength(14);
    expect(commands.at(-1)).toEqual({
      type: 'AddGoal',
      committeeId: 'socialnamnden',
      year: 2005,
      goalId: 'g-1-6',
      kind: 'effect',
      number: 7,
      text: 'Beslut ska vara välgrundade och korrekta.',
      measurementMethod: 'att följa upp besvärsärenden',
      focusAreaId: null,
    });
    expect(plan?.goals.map((goal) => `${goal.kind}:${goal.number}`)).toEqual([
      ...[1, 2, 3, 4, 5, 6].map((n) => `directional:${n}`),
      ...[1, 2, 3, 4, 5, 6, 7].map((n) => `effect:${n}`),
    ]);
  });

  it('turns the 2020 seed into four focus areas holding five committee goals', () => {
    const { commands, problems, plan } = planFrom(parseGoalDocument(seed2020));
    expect(problems).toEqual([]);
    expect(commands[1]).toMatchObject({
      type: 'AddFocusArea',
      focusAreaId: 'en-attraktiv-och-vaxande-kommun',
      title: 'En attraktiv och växande kommun',
    });
    expect(plan?.focusAreas.map((area) => [area.focusAreaId, area.description.length])).toEqual([
      ['en-attraktiv-och-vaxande-kommun', 3],
      ['en-hallbar-kommun', 4],
      ['en-larande-kommun', 3],
      ['en-oppen-kommun', 3],
    ]);
    expect(plan?.goals.map((goal) => `${goal.focusAreaId}:${goal.number}`)).toEqual([
      'en-attraktiv-och-vaxande-kommun:1',
      'en-hallbar-kommun:1',
      'en-larande-kommun:1',
      'en-larande-kommun:2',
      'en-oppen-kommun:1',
    ]);
  });

  it('numbers sub-goals and duplicates with the next free number', () => {
    const preview = parseGoalDocument('Socialnämnden 2021\nEffektmål\n1.1 Ett.\n1.2 Två.\n3. Tre.\n3. Tre igen.');
    const numbers = previewToPlanCommands(preview, { committeeId: 'sn', goalId }).commands.flatMap((command) =>
      command.type === 'AddGoal' ? [command.number] : [],
    );
    expect(numbers).toEqual([1, 2, 3, 4]);
  });

  it('reports what it cannot place instead of making up a focus area', () => {
    const preview = parseGoalDocument('Socialnämnden 2021\nNämndens mål\n1. Ett mål utan fokusområde.');
    expect(previewToPlanCommands(preview, { committeeId: 'sn', goalId })).toEqual({
      commands: [{ type: 'DraftPlan', committeeId: 'sn', year: 2021 }],
      problems: [
        {
          line: 3,
          message: 'committee goals sit in a focus area, and this one has no titled section: "Ett mål utan fokusområde." is left out',
        },
      ],
    });
  });

  it('needs a year', () => {
    expect(previewToPlanCommands(parseGoalDocument(''), { committeeId: 'sn', goalId }).problems).toEqual([
      { line: null, message: 'the plan needs a year: the preview has none' },
    ]);
  });
});

describe('focusAreaSlug', () => {
  it('makes the API’s slug from a Swedish title', () => {
    expect(focusAreaSlug('En öppen kommun')).toBe('en-oppen-kommun');
    expect(focusAreaSlug('Trygghet & värdighet!')).toBe('trygghet-vardighet');
    expect(focusAreaSlug('–')).toBe('focus-area');
    expect(focusAreaSlug('a'.repeat(70)).length).toBe(63);
  });
});
