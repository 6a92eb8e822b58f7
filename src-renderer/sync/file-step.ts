import type { Failure } from '../../src-shared/domain/outcome.js';
import type { LoketDatabase } from '../db/database.js';
import { readSyncState, updateSyncState } from './sync-state-store.js';
import type { SyncTransport } from './sync-transport.js';
import { putIssue } from './sync-issues.js';

/**
 * Uploads the files of pushed records (photos, card PDFs). A file leaves the pending list only
 * once the server verified it, or when it is missing here (then an officer is told).
 */
export async function uploadPendingFiles(world: {
  readonly db: LoketDatabase;
  readonly transport: SyncTransport;
  readonly now: () => Date;
}): Promise<{ ok: true; uploaded: number } | { ok: false; error: Failure }> {
  const { db } = world;
  const pending = (await readSyncState(db)).pendingFiles ?? [];
  let uploaded = 0;
  for (const sha256 of pending) {
    const reply = await world.transport.uploadFile(sha256);
    if (!reply.ok && reply.error.code !== 'SYNC_FILE_MISSING') return reply;
    await db.transaction('rw', db.syncState, db.syncIssues, async () => {
      if (!reply.ok) {
        await putIssue(db, {
          id: `file:${sha256}`,
          kind: 'file',
          status: 'open',
          detectedAt: world.now().toISOString(),
          sha256,
          reason: reply.error.message,
        });
      }
      await updateSyncState(db, (state) => ({
        pendingFiles: (state.pendingFiles ?? []).filter((sha) => sha !== sha256),
      }));
    });
    if (reply.ok) uploaded += 1;
  }
  return { ok: true, uploaded };
}
