import { fail, ok, type Outcome } from '../../src-shared/domain/outcome.js';
import type { InvokeResults } from '../../src-shared/ipc/contract.js';
import type { OutboxEntry } from '../../src-shared/sync/outbox-entry.js';
import type { PushResult } from '../../src-shared/sync/protocol.js';
import type { LoketDatabase } from '../db/database.js';
import { fileRefsOf } from './file-refs.js';
import { flagLocalNik } from './nik-issues.js';
import type { SyncIssue } from './sync-records.js';
import { updateSyncState, withPendingFiles } from './sync-state-store.js';
import { putIssue } from './sync-issues.js';

type Reply = InvokeResults['sync:push'];

const asObject = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? { ...value } : {};

/** Each result must answer the record sent at its index; anything else is not trusted. */
function matches(entries: readonly OutboxEntry[], results: readonly PushResult[]): boolean {
  return (
    results.length === entries.length &&
    results.every(
      (result, index) =>
        result.index === index &&
        result.changeId.toLowerCase() === entries[index]?.changeId.toLowerCase(),
    )
  );
}

function issueFor(entry: OutboxEntry, result: PushResult, at: string): SyncIssue | undefined {
  if (result.status === 'rejected') {
    return {
      id: `rejected:${entry.changeId}`,
      kind: 'rejected',
      status: 'open',
      detectedAt: at,
      entry,
      code: result.code,
      reason: result.reason,
    };
  }
  if (result.status === 'conflict') {
    return {
      id: `conflict:${entry.table}:${entry.recordId}`,
      kind: 'conflict',
      status: 'open',
      detectedAt: at,
      table: entry.table,
      recordId: entry.recordId,
      localPayload: asObject(entry.payload),
      serverPayload: result.serverPayload,
      serverVersion: result.serverVersion,
      serverCounterId: result.serverCounterId,
    };
  }
  return undefined;
}

/** Files to upload after this result: those the server says it misses, or all when unsure. */
function filesToUpload(entry: OutboxEntry, result: PushResult): string[] {
  if (result.status === 'accepted') return result.missingFiles ?? [];
  // A duplicate says nothing about the files (the first answer may have been lost): ask again.
  if (result.status === 'duplicate')
    return fileRefsOf(entry.table, entry.payload).map((f) => f.sha256);
  return [];
}

/**
 * Applies the server's answer in ONE transaction: acknowledged entries leave the outbox,
 * conflicts and rejections move to "perlu perhatian", files to upload are remembered, and the
 * batch is no longer pending. A crash before the commit changes nothing: the batch is resent.
 */
export async function applyPushResults(
  world: { readonly db: LoketDatabase; readonly now: () => Date },
  batch: { readonly batchId: string; readonly entries: readonly OutboxEntry[] },
  reply: Reply,
): Promise<Outcome<{ acknowledged: number; attention: number }, 'SYNC_SERVER_ERROR'>> {
  const { db } = world;
  if (!matches(batch.entries, reply.results)) {
    return fail(
      'SYNC_SERVER_ERROR',
      'Jawaban server kota tidak cocok dengan batch yang dikirim; antrean tidak diubah dan dikirim ulang.',
    );
  }
  const at = world.now().toISOString();
  return db.transaction('rw', [db.outbox, db.syncIssues, db.syncState, db.seekers], async () => {
    let attention = 0;
    let acknowledged = 0;
    const files: string[] = [];
    for (const [index, result] of reply.results.entries()) {
      const entry = batch.entries[index];
      if (!entry || entry.seq === undefined) continue;
      const issue = issueFor(entry, result, at);
      if (issue) {
        await putIssue(db, issue);
        attention += 1;
      }
      if (result.status === 'accepted' && result.flags?.includes('NIK_DUPLICATE')) {
        await flagLocalNik(db, asObject(entry.payload), at);
        attention += 1;
      }
      if (result.status === 'accepted' || result.status === 'duplicate') acknowledged += 1;
      files.push(...filesToUpload(entry, result));
      await db.outbox.delete(entry.seq);
    }
    for (const sha of reply.localFilesMissing) {
      await putIssue(db, {
        id: `file:${sha}`,
        kind: 'file',
        status: 'open',
        detectedAt: at,
        sha256: sha,
        reason:
          'Berkas (foto atau PDF kartu) tidak ada di arsip loket ini, jadi tidak dapat dikirim. Ambil ulang foto atau buat ulang PDF kartu.',
      });
    }
    await updateSyncState(db, (state) => ({
      pendingBatch: undefined,
      pendingFiles: withPendingFiles(state, files),
    }));
    return ok({ acknowledged, attention });
  });
}
