import type { RecordMeta } from '../../src-shared/domain/record.js';
import type { DuplicateDecisionRecord } from '../../src-shared/domain/records.js';
import { appendToOutbox } from './outbox.js';
import { newRecordMeta } from './record-meta.js';
import type { RepositoryContext } from './repository-context.js';

export type NewDuplicateDecision = Omit<DuplicateDecisionRecord, keyof RecordMeta>;

/** The officer's answer to "is this the same person?", kept for audit and for sync. */
export interface DuplicateDecisionsRepository {
  add(decision: NewDuplicateDecision): Promise<DuplicateDecisionRecord>;
  listForSeeker(seekerId: string): Promise<DuplicateDecisionRecord[]>;
}

export function createDuplicateDecisionsRepository(
  context: RepositoryContext,
): DuplicateDecisionsRepository {
  const { db } = context;
  return {
    add: (decision) =>
      db.transaction('rw', db.duplicateDecisions, db.outbox, async () => {
        const record: DuplicateDecisionRecord = {
          ...decision,
          ...newRecordMeta(context, context.now().toISOString()),
        };
        await db.duplicateDecisions.add(record);
        await appendToOutbox(db, 'duplicateDecisions', record, context.newId());
        return record;
      }),
    listForSeeker: (seekerId) => db.duplicateDecisions.where('seekerId').equals(seekerId).toArray(),
  };
}
