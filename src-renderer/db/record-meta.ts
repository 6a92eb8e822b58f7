import type { RecordMeta } from '../../src-shared/domain/record.js';
import type { RepositoryContext } from './repository-context.js';

/** Metadata of a record created now by this counter and the officer on duty. */
export function newRecordMeta(context: RepositoryContext, at: string): RecordMeta {
  return {
    id: context.newId(),
    createdAt: at,
    updatedAt: at,
    version: 1,
    counterId: context.counterId,
    officerId: context.officerId(),
  };
}

/** The same record after a change: version + 1 so sync can tell the newer copy. */
export function changedRecord<T extends RecordMeta>(
  record: T,
  changes: Partial<Omit<T, keyof RecordMeta>>,
  context: RepositoryContext,
  at: string,
): T {
  return {
    ...record,
    ...changes,
    updatedAt: at,
    version: record.version + 1,
    officerId: context.officerId(),
  };
}
