import { describe, expect, expectTypeOf, it } from 'vitest';
import type { JsonObject } from '../shared/json';
import { createEventLog } from '../testing/event-log.fixture';
import type { GoalsEvent } from './command';
import { commandAudit, decisionStateFor, streamIdOf, streamsToLoad } from './command-streams';
import { decide } from './decide';

const at = { recordedAt: '2026-02-01T10:00:00Z' };

describe('command streams', () => {
  it('names the one stream each command appends to', () => {
    expect(streamIdOf({ type: 'RegisterCommittee', committeeId: 'sn', name: 'Socialnämnden' })).toBe(
      'committee-sn',
    );
    expect(
      streamIdOf({
        type: 'AdoptPlan',
        committeeId: 'sn',
        year: 2021,
        decisionRef: 'x',
        decidedOn: '2020-12-01',
      }),
    ).toBe('plan-sn-2021');
    expect(
      streamIdOf({
        type: 'UnlinkGoals',
        committeeId: 'sn',
        fromYear: 1,
        fromGoalId: 'a',
        toYear: 2,
        toGoalId: null,
        reason: 'r',
      }),
    ).toBe('lineage-sn');
  });

  it('lists what a handler reads, own stream first', () => {
    expect(streamsToLoad({ type: 'DraftPlan', committeeId: 'sn', year: 2021, fromYear: 2020 })).toEqual([
      'plan-sn-2021',
      'committee-sn',
      'plan-sn-2020',
    ]);
    expect(
      streamsToLoad({
        type: 'LinkGoals',
        committeeId: 'sn',
        fromYear: 2005,
        fromGoalId: 'a',
        toYear: 2020,
        toGoalId: 'b',
        relation: 'merged',
        rationale: 'r',
      }),
    ).toEqual(['lineage-sn', 'plan-sn-2005', 'plan-sn-2020']);
  });

  it('given loaded streams, when the state is built, then decide sees committee, plan and the plan carried from', () => {
    const log = createEventLog();
    log.run({ type: 'RegisterCommittee', committeeId: 'sn', name: 'Socialnämnden' }, at);
    log.run({ type: 'DraftPlan', committeeId: 'sn', year: 2020 }, at);
    const command = { type: 'DraftPlan', committeeId: 'sn', year: 2021, fromYear: 2020 } as const;
    const streams = new Map(
      streamsToLoad(command).map((id) => [id, log.events.filter((e) => e.streamId === id)]),
    );
    const state = decisionStateFor(command, streams);
    expect(state.committee?.name).toBe('Socialnämnden');
    expect(state.plan).toBeNull();
    expect(state.fromPlan?.year).toBe(2020);
  });

  it("carries the command's reason and decision reference to the envelope", () => {
    expect(
      commandAudit({
        type: 'AdoptPlan',
        committeeId: 'sn',
        year: 2021,
        decisionRef: 'SN § 1',
        decidedOn: '2020-12-01',
      }),
    ).toEqual({
      reason: null,
      decisionRef: 'SN § 1',
    });
    expect(
      commandAudit({
        type: 'RewordGoal',
        committeeId: 'sn',
        year: 2021,
        goalId: 'g',
        text: 't',
        reason: 'Klarspråk',
        expectedRevision: 0,
      }),
    ).toEqual({ reason: 'Klarspråk', decisionRef: null });
  });
});

describe('decide', () => {
  it('given the same command and state, when decided twice, then the events are equal and the state untouched', () => {
    const log = createEventLog();
    log.run({ type: 'RegisterCommittee', committeeId: 'sn', name: 'Socialnämnden' }, at);
    log.run({ type: 'DraftPlan', committeeId: 'sn', year: 2021 }, at);
    const command = {
      type: 'AddGoal',
      committeeId: 'sn',
      year: 2021,
      goalId: 'g1',
      kind: 'effect',
      number: 1,
      text: 'Mål',
    } as const;
    const state = decisionStateFor(
      command,
      new Map([['plan-sn-2021', log.events.filter((e) => e.streamId === 'plan-sn-2021')]]),
    );
    const before = JSON.stringify(state);
    expect(decide(command, state)).toEqual(decide(command, state));
    expect(JSON.stringify(state)).toBe(before);
  });

  it("event data are plain JSON: they survive a JSON round trip and type-check as the store's JsonObject", () => {
    expectTypeOf<GoalsEvent['data']>().toExtend<JsonObject>();
    const log = createEventLog();
    const events = log.run({ type: 'RegisterCommittee', committeeId: 'sn', name: 'Socialnämnden' }, at);
    expect(JSON.parse(JSON.stringify(events))).toEqual(events);
  });
});
