import type { LoketDatabase } from '../db/database.js';
import type { SyncStateRecord } from './sync-records.js';

const stateId = 'sync' as const;
const emptyState: SyncStateRecord = { id: stateId };

/** Reads the engine's state row (inside or outside a transaction that spans `syncState`). */
export async function readSyncState(db: LoketDatabase): Promise<SyncStateRecord> {
  return (await db.syncState.get(stateId)) ?? emptyState;
}

/** Changes some fields of the state row; call inside a transaction that spans `syncState`. */
export async function updateSyncState(
  db: LoketDatabase,
  change: (state: SyncStateRecord) => Partial<Omit<SyncStateRecord, 'id'>>,
): Promise<SyncStateRecord> {
  const current = await readSyncState(db);
  const next: SyncStateRecord = { ...current, ...change(current), id: stateId };
  await db.syncState.put(next);
  return next;
}

/** Adds shas to the files still to upload, once each. */
export function withPendingFiles(
  state: SyncStateRecord,
  shas: readonly string[],
): readonly string[] {
  const pending = new Set(state.pendingFiles ?? []);
  for (const sha of shas) pending.add(sha);
  return [...pending];
}
