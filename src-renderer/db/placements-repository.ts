import type { RecordMeta } from '../../src-shared/domain/record.js';
import type { PlacementRecord } from '../../src-shared/domain/records.js';
import { appendToOutbox } from './outbox.js';
import { newRecordMeta } from './record-meta.js';
import type { RepositoryContext } from './repository-context.js';

export type NewPlacement = Omit<PlacementRecord, keyof RecordMeta>;

/** Lapor diterima kerja: a placement makes the seeker count as placed (IPK III/8). */
export interface PlacementsRepository {
  add(placement: NewPlacement): Promise<PlacementRecord>;
  /** Newest start date first. */
  listForSeeker(seekerId: string): Promise<PlacementRecord[]>;
  /** Seekers with at least one placement. */
  countPlacedSeekers(): Promise<number>;
}

export function createPlacementsRepository(context: RepositoryContext): PlacementsRepository {
  const { db } = context;
  return {
    add: (placement) =>
      db.transaction('rw', db.placements, db.outbox, async () => {
        const record: PlacementRecord = {
          ...placement,
          ...newRecordMeta(context, context.now().toISOString()),
        };
        await db.placements.add(record);
        await appendToOutbox(db, 'placements', record, context.newId());
        return record;
      }),
    listForSeeker: async (seekerId) =>
      (await db.placements.where('seekerId').equals(seekerId).sortBy('startDate')).reverse(),
    countPlacedSeekers: async () =>
      new Set((await db.placements.toArray()).map((p) => p.seekerId)).size,
  };
}
