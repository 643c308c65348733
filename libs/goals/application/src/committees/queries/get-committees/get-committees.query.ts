import { Query } from '@nestjs/cqrs';
import type { CommitteeSummary } from '../../../read-model/read-model.types';

/** Every registered committee, in id order. */
export class GetCommitteesQuery extends Query<CommitteeSummary[]> {}
