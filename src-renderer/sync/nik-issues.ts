import type { Seeker } from '../../src-shared/domain/seeker.js';
import type { NikConflict } from '../../src-shared/sync/protocol.js';
import type { LoketDatabase } from '../db/database.js';
import type { NikIssue } from './sync-records.js';
import { putIssue } from './sync-issues.js';

/*
 * One NIK, two seekers: every source of that news (a push flag, a pulled seeker that cannot be
 * stored beside ours, the server's nikConflicts record) updates the same `nik:<nik>` issue.
 * Call these inside a transaction spanning `syncIssues`.
 */

async function upsert(
  db: LoketDatabase,
  nik: string,
  at: string,
  change: (issue: NikIssue) => Partial<NikIssue>,
): Promise<void> {
  const id = `nik:${nik}`;
  const found = await db.syncIssues.get(id);
  const current: NikIssue =
    found?.kind === 'nik'
      ? found
      : { id, kind: 'nik', status: 'open', detectedAt: at, nik, seekerIds: [], heldSeekers: [] };
  await putIssue(db, { ...current, ...change(current), id, kind: 'nik' });
}

const union = (ids: readonly string[], more: readonly string[]): string[] => [
  ...new Set([...ids, ...more]),
];

/** The server flagged one of our seekers (NIK_DUPLICATE) when it accepted it. */
export async function flagLocalNik(
  db: LoketDatabase,
  seeker: Record<string, unknown>,
  at: string,
): Promise<void> {
  const { nik, id } = seeker;
  if (typeof nik !== 'string' || typeof id !== 'string') return;
  await upsert(db, nik, at, (issue) => ({ seekerIds: union(issue.seekerIds, [id]) }));
}

/** Another counter's seeker with a NIK we hold under another id: kept aside until merged. */
export async function holdRemoteSeeker(
  db: LoketDatabase,
  seeker: Seeker,
  at: string,
  localId: string,
) {
  await upsert(db, seeker.nik, at, (issue) => ({
    seekerIds: union(issue.seekerIds, [localId, seeker.id]),
    heldSeekers: [...issue.heldSeekers.filter((held) => held.id !== seeker.id), seeker],
    // A newer copy of a seeker already merged here changes nothing of the merge.
    status: issue.status === 'resolved' ? 'resolved' : 'open',
  }));
}

/** The server's record of the pair; `resolved` once some counter merged them. */
export async function applyNikConflict(db: LoketDatabase, conflict: NikConflict, at: string) {
  await upsert(db, conflict.nik, at, (issue) => ({
    seekerIds: union(issue.seekerIds, conflict.seekerIds),
    serverConflictId: conflict.id,
    ...(conflict.status === 'resolved'
      ? {
          status: 'resolved',
          resolvedAt: conflict.resolvedAt ?? at,
          ...(conflict.resolvedBy ? { mergeId: conflict.resolvedBy } : {}),
        }
      : {}),
  }));
}
