import { describe, expect, it } from 'vitest';
import { decide } from '../../commands/decide';
import { CommitteeAlreadyRegisteredError } from '../../errors/committee-errors';
import { BlankFieldError } from '../../errors/field-errors';
import { foldCommittee } from '../committee.evolve';

describe('RegisterCommittee', () => {
  it('given nothing, when Socialnämnden is registered without a municipality, then none is invented', () => {
    const events = decide({ type: 'RegisterCommittee', committeeId: 'sn', name: ' Socialnämnden ' }, null);
    expect(events).toEqual([
      { type: 'CommitteeRegistered', data: { committeeId: 'sn', name: 'Socialnämnden', municipality: null } },
    ]);
    expect(foldCommittee(events)).toEqual({ committeeId: 'sn', name: 'Socialnämnden', municipality: null });
  });

  it('given a registered committee, when it is registered again, then CommitteeAlreadyRegisteredError', () => {
    const state = { committeeId: 'sn', name: 'Socialnämnden', municipality: 'Nacka kommun' };
    expect(() =>
      decide({ type: 'RegisterCommittee', committeeId: 'sn', name: 'Socialnämnden' }, state),
    ).toThrow(CommitteeAlreadyRegisteredError);
  });

  it('when the name is blank, then BlankFieldError', () => {
    expect(() => decide({ type: 'RegisterCommittee', committeeId: 'sn', name: ' ' }, null)).toThrow(
      BlankFieldError,
    );
  });

  it('given an event type this version does not know, when folded, then it is ignored', () => {
    const events = [
      { type: 'CommitteeRegistered', data: { committeeId: 'sn', name: 'Socialnämnden', municipality: null } },
      { type: 'CommitteeMergedIntoBoard', data: { board: 'x' } },
    ];
    expect(foldCommittee(events)?.name).toBe('Socialnämnden');
  });
});
