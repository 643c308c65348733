import { BusinessRuleError, UnknownEntityError } from './business-rule-error';

/** A committee id is registered once. */
export class CommitteeAlreadyRegisteredError extends BusinessRuleError {
  override readonly name = 'CommitteeAlreadyRegisteredError';
  readonly rule = 'committee-is-registered-once';
  constructor(committeeId: string) {
    super(`Committee ${committeeId} is already registered`, { committeeId });
  }
}

/** Plans belong to a registered committee. */
export class UnknownCommitteeError extends UnknownEntityError {
  override readonly name = 'UnknownCommitteeError';
  readonly rule = 'plans-belong-to-a-registered-committee';
  constructor(committeeId: string) {
    super(`Committee ${committeeId} is not registered`, { committeeId });
  }
}
