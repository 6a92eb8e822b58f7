import type { LoketDatabase } from '../db/database.js';
import type { SyncIssue } from './sync-records.js';

/** Stores an issue (Dexie's insert type loses the union's members, hence this one door). */
export async function putIssue(db: LoketDatabase, issue: SyncIssue): Promise<void> {
  await db.syncIssues.put(issue);
}

/** Open issues first (oldest first), then resolved ones newest first. */
export async function listIssues(db: LoketDatabase): Promise<SyncIssue[]> {
  const all = await db.syncIssues.toArray();
  const open = all.filter((issue) => issue.status === 'open');
  const resolved = all.filter((issue) => issue.status === 'resolved');
  open.sort((a, b) => a.detectedAt.localeCompare(b.detectedAt));
  resolved.sort((a, b) => (b.resolvedAt ?? '').localeCompare(a.resolvedAt ?? ''));
  return [...open, ...resolved];
}

/**
 * Puts a rejected record back in the outbox (after the officer fixed what the reason says, or
 * when the server has been updated). The same changeId: the server never stored it.
 */
export function requeueRejected(db: LoketDatabase, issueId: string, at: string): Promise<boolean> {
  return db.transaction('rw', db.syncIssues, db.outbox, async () => {
    const issue = await db.syncIssues.get(issueId);
    if (issue?.kind !== 'rejected' || issue.status !== 'open') return false;
    const { seq: _seq, ...entry } = issue.entry;
    if ((await db.outbox.where('changeId').equals(entry.changeId).count()) === 0) {
      await db.outbox.add({ ...entry, attempts: 0 });
    }
    await putIssue(db, { ...issue, status: 'resolved', resolvedAt: at });
    return true;
  });
}

/** The officer has dealt with it another way (e.g. the record was corrected and saved again). */
export async function markIssueResolved(
  db: LoketDatabase,
  issueId: string,
  at: string,
): Promise<void> {
  await db.transaction('rw', db.syncIssues, async () => {
    const issue = await db.syncIssues.get(issueId);
    if (issue && issue.status === 'open') {
      await putIssue(db, { ...issue, status: 'resolved', resolvedAt: at });
    }
  });
}
