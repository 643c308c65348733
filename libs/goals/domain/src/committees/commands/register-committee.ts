import { CommitteeAlreadyRegisteredError } from '../../errors/committee-errors';
import { BlankFieldError } from '../../errors/field-errors';
import { isBlank, normalizeText, optionalText } from '../../shared/text';
import type { CommitteeRegistered } from '../committee.events';
import type { CommitteeState } from '../committee.evolve';

/** Start tracking a committee. The id arrives on the command (the domain makes no ids). */
export type RegisterCommittee = {
  type: 'RegisterCommittee';
  committeeId: string;
  name: string;
  municipality?: string | null;
};

export function decideRegisterCommittee(
  command: RegisterCommittee,
  state: CommitteeState | null,
): CommitteeRegistered[] {
  if (state) throw new CommitteeAlreadyRegisteredError(command.committeeId);
  if (isBlank(command.name)) throw new BlankFieldError('name');
  return [
    {
      type: 'CommitteeRegistered',
      data: {
        committeeId: command.committeeId,
        name: normalizeText(command.name),
        municipality: optionalText(command.municipality),
      },
    },
  ];
}
