import type { RecordMeta } from '../../src-shared/domain/record.js';
import type { HandoverRecord } from '../../src-shared/domain/records.js';
import { appendToOutbox } from './outbox.js';
import { newRecordMeta } from './record-meta.js';
import type { RepositoryContext } from './repository-context.js';

export type NewHandover = Omit<HandoverRecord, keyof RecordMeta>;

/** Buku Penyerahan AK/I: one line per card handed over (SOP step 13). */
export interface HandoversRepository {
  add(handover: NewHandover): Promise<HandoverRecord>;
  /** Newest first, at most `limit` lines. */
  list(limit?: number): Promise<HandoverRecord[]>;
  forCard(cardId: string): Promise<HandoverRecord | undefined>;
}

export function createHandoversRepository(context: RepositoryContext): HandoversRepository {
  const { db } = context;
  return {
    add: (handover) =>
      db.transaction('rw', db.handovers, db.outbox, async () => {
        const record: HandoverRecord = {
          ...handover,
          ...newRecordMeta(context, context.now().toISOString()),
        };
        await db.handovers.add(record);
        await appendToOutbox(db, 'handovers', record, context.newId());
        return record;
      }),
    list: (limit = 200) => db.handovers.orderBy('handedAt').reverse().limit(limit).toArray(),
    forCard: (cardId) => db.handovers.where('cardId').equals(cardId).first(),
  };
}
