import { fail, ok, type Outcome } from '../../src-shared/domain/outcome.js';
import type { Seeker } from '../../src-shared/domain/seeker.js';
import type { LoketDatabase } from '../db/database.js';
import { appendToOutbox } from '../db/outbox.js';
import { newRecordMeta } from '../db/record-meta.js';
import type { RepositoryContext } from '../db/repository-context.js';
import type { NikIssue, SeekerMergeRecord } from './sync-records.js';
import { putIssue } from './sync-issues.js';

export type MergeErrorCode = 'MERGE_NOT_FOUND' | 'MERGE_NOT_READY' | 'MERGE_BAD_CHOICE';

/** The two seekers of a NIK issue as this counter has them: ours in `seekers`, theirs held. */
export async function mergeCandidates(
  db: LoketDatabase,
  issue: NikIssue,
): Promise<{ local: Seeker; remote: Seeker } | undefined> {
  const local = await db.seekers.where('nik').equals(issue.nik).first();
  const remote = issue.heldSeekers.find((held) => held.id !== local?.id);
  return local && remote ? { local, remote } : undefined;
}

async function cardNumbers(db: LoketDatabase, seekers: readonly Seeker[]): Promise<string[]> {
  const numbers: string[] = [];
  for (const seeker of seekers) {
    if (seeker.registrationNumber) numbers.push(seeker.registrationNumber);
    const cards = await db.cards.where('seekerId').equals(seeker.id).toArray();
    numbers.push(...cards.map((card) => card.registrationNumber));
  }
  return [...new Set(numbers)];
}

/**
 * What a merge changes on this counter, whoever made it: the kept seeker is the one shown
 * (swapped in from the held copy when it came from elsewhere), the NIK issue is resolved. The
 * merged seeker's visits and cards keep their seekerId; the merge record links them.
 * Call inside a transaction spanning seekers and syncIssues.
 */
export async function applyMergeLocally(
  db: LoketDatabase,
  merge: SeekerMergeRecord,
  at: string,
): Promise<void> {
  const issueId = `nik:${merge.nik}`;
  const issue = await db.syncIssues.get(issueId);
  const held = issue?.kind === 'nik' ? issue.heldSeekers : [];
  const kept = held.find((seeker) => seeker.id === merge.keptSeekerId);
  if (kept && (await db.seekers.get(merge.mergedSeekerId))) {
    await db.seekers.delete(merge.mergedSeekerId);
    await db.seekers.put(kept);
  }
  if (issue?.kind === 'nik') {
    await putIssue(db, { ...issue, status: 'resolved', resolvedAt: at, mergeId: merge.id });
  }
}

/**
 * An officer's decision that the two seekers of a NIK issue are one person. Written with its
 * outbox entry in one transaction; every other counter applies it when it pulls.
 */
export function mergeSeekers(
  context: RepositoryContext,
  issueId: string,
  keptSeekerId: string,
): Promise<Outcome<SeekerMergeRecord, MergeErrorCode>> {
  const { db } = context;
  const tables = [db.seekers, db.seekerMerges, db.syncIssues, db.outbox, db.cards];
  return db.transaction('rw', tables, async () => {
    const issue = await db.syncIssues.get(issueId);
    if (issue?.kind !== 'nik' || issue.status !== 'open') {
      return fail('MERGE_NOT_FOUND', 'Temuan NIK ganda ini sudah diselesaikan; muat ulang daftar.');
    }
    const pair = await mergeCandidates(db, issue);
    if (!pair) {
      return fail(
        'MERGE_NOT_READY',
        'Data pencari kerja dari loket lain belum diterima. Tekan "Sinkronkan sekarang", lalu gabungkan.',
      );
    }
    const { local, remote } = pair;
    if (keptSeekerId !== local.id && keptSeekerId !== remote.id) {
      return fail('MERGE_BAD_CHOICE', 'Pilih salah satu dari dua data yang ditampilkan.');
    }
    const [kept, merged] = keptSeekerId === local.id ? [local, remote] : [remote, local];
    const at = context.now().toISOString();
    const merge: SeekerMergeRecord = {
      ...newRecordMeta(context, at),
      nik: issue.nik,
      keptSeekerId: kept.id,
      mergedSeekerId: merged.id,
      registrationNumbers: await cardNumbers(db, [kept, merged]),
      mergedSeeker: merged,
    };
    await db.seekerMerges.add(merge);
    await appendToOutbox(db, 'seekerMerges', merge, context.newId());
    await applyMergeLocally(db, merge, at);
    return ok(merge);
  });
}
