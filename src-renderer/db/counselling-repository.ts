import type { CounsellingRecord } from '../../src-shared/domain/records.js';
import type { RecordMeta } from '../../src-shared/domain/record.js';
import { appendToOutbox } from './outbox.js';
import { newRecordMeta } from './record-meta.js';
import type { RepositoryContext } from './repository-context.js';

/** What the officer decided in SOP step 12, without the metadata the repository adds. */
export type CounsellingFields = Omit<CounsellingRecord, keyof RecordMeta>;

export interface CounsellingRepository {
  /**
   * Stores the counselling of a visit and queues it for sync in the same transaction.
   * Counselling records are append-only events: recording again for the same visit adds a
   * newer record (a correction) and never changes the first.
   */
  record(fields: CounsellingFields): Promise<CounsellingRecord>;
  /** The latest record of a visit, if any. */
  latestForVisit(visitId: string): Promise<CounsellingRecord | undefined>;
  /** All counselling of a seeker, oldest first. */
  forSeeker(seekerId: string): Promise<CounsellingRecord[]>;
}

export function createCounsellingRepository(context: RepositoryContext): CounsellingRepository {
  const { db } = context;
  return {
    record: (fields) =>
      db.transaction('rw', db.counselling, db.outbox, async () => {
        const record: CounsellingRecord = {
          ...fields,
          ...newRecordMeta(context, context.now().toISOString()),
        };
        await db.counselling.add(record);
        await appendToOutbox(db, 'counselling', record, context.newId());
        return record;
      }),
    // Within one index value IndexedDB orders by primary key, and ids are UUID v7: time order.
    async latestForVisit(visitId) {
      const records = await db.counselling.where('visitId').equals(visitId).toArray();
      return records.at(-1);
    },
    forSeeker: (seekerId) => db.counselling.where('seekerId').equals(seekerId).toArray(),
  };
}
