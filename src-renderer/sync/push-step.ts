import type { Failure } from '../../src-shared/domain/outcome.js';
import type { OutboxEntry } from '../../src-shared/sync/outbox-entry.js';
import { maxBatchRecords } from '../../src-shared/sync/protocol.js';
import type { LoketDatabase } from '../db/database.js';
import { applyPushResults } from './push-results.js';
import { toOutgoingRecord } from './push-records.js';
import { readSyncState, updateSyncState } from './sync-state-store.js';
import type { SyncTransport } from './sync-transport.js';

export interface PushWorld {
  readonly db: LoketDatabase;
  readonly transport: SyncTransport;
  readonly now: () => Date;
  readonly newId: () => string;
  readonly batchSize?: number;
}

export type PushStep =
  | { readonly kind: 'empty' }
  | {
      readonly kind: 'sent';
      readonly records: number;
      readonly acknowledged: number;
      readonly attention: number;
      readonly serverTime: string;
    }
  | { readonly kind: 'failed'; readonly error: Failure };

/**
 * The next batch to send. A batch that was sent but not answered (lost reply, crash, killed
 * window) is sent again under the SAME batchId with the same entries; otherwise the oldest
 * entries of the outbox form a new batch, whose id is stored before anything leaves the PC.
 */
async function nextBatch(
  world: PushWorld,
): Promise<{ batchId: string; entries: OutboxEntry[] } | undefined> {
  const { db } = world;
  return db.transaction('rw', db.outbox, db.syncState, async () => {
    const pending = (await readSyncState(db)).pendingBatch;
    if (pending) {
      const found = await db.outbox
        .where('changeId')
        .anyOf([...pending.changeIds])
        .toArray();
      if (found.length > 0) {
        found.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
        return { batchId: pending.batchId, entries: found };
      }
    }
    const size = Math.min(world.batchSize ?? maxBatchRecords, maxBatchRecords);
    const entries = await db.outbox.orderBy('seq').limit(size).toArray();
    if (entries.length === 0) {
      if (pending) await updateSyncState(db, () => ({ pendingBatch: undefined }));
      return undefined;
    }
    const batchId = world.newId();
    await updateSyncState(db, () => ({
      pendingBatch: { batchId, changeIds: entries.map((entry) => entry.changeId) },
    }));
    return { batchId, entries };
  });
}

/** Sends one batch and applies the answer; nothing leaves the outbox without an answer. */
export async function pushOnce(world: PushWorld): Promise<PushStep> {
  const batch = await nextBatch(world);
  if (!batch) return { kind: 'empty' };
  const records = await Promise.all(batch.entries.map(toOutgoingRecord));
  const reply = await world.transport.push({
    batchId: batch.batchId,
    sentAt: world.now().toISOString(),
    records,
  });
  if (!reply.ok) return { kind: 'failed', error: reply.error };
  const applied = await applyPushResults(world, batch, reply.value);
  if (!applied.ok) return { kind: 'failed', error: applied.error };
  return {
    kind: 'sent',
    records: batch.entries.length,
    ...applied.value,
    serverTime: reply.value.serverTime,
  };
}
