import { fail, ok, type Outcome } from '../../src-shared/domain/outcome.js';
import { nameKeyOf, type Seeker } from '../../src-shared/domain/seeker.js';
import { canonicalJson } from '../../src-shared/sync/canonical-json.js';
import { appendToOutbox } from '../db/outbox.js';
import type { RepositoryContext } from '../db/repository-context.js';
import { putIssue } from './sync-issues.js';

/** Record metadata is the system's, not the officer's to choose. */
const metaFields = new Set([
  'id',
  'version',
  'createdAt',
  'updatedAt',
  'counterId',
  'officerId',
  'nameKey',
]);

export interface FieldDifference {
  readonly field: string;
  readonly local: unknown;
  readonly server: unknown;
}

/** Fields whose values differ between our copy and the server's, in a stable order. */
export function differingFields(
  local: Readonly<Record<string, unknown>>,
  server: Readonly<Record<string, unknown>>,
): FieldDifference[] {
  const fields = [...new Set([...Object.keys(local), ...Object.keys(server)])]
    .filter((field) => !metaFields.has(field))
    .sort();
  return fields.flatMap((field) => {
    const a = local[field];
    const b = server[field];
    const same =
      (a === undefined ? 'undefined' : canonicalJson(a)) ===
      (b === undefined ? 'undefined' : canonicalJson(b));
    return same ? [] : [{ field, local: a, server: b }];
  });
}

export type ConflictErrorCode = 'CONFLICT_NOT_FOUND' | 'CONFLICT_NIK_TAKEN';

/**
 * The officer's resolution of a seeker edited at two counters: the server's copy with the
 * fields the officer took from ours, saved as a new version above both (so it wins everywhere)
 * with its outbox entry, in one transaction.
 */
export function resolveSeekerConflict(
  context: RepositoryContext,
  issueId: string,
  takeLocal: readonly string[],
): Promise<Outcome<Seeker, ConflictErrorCode>> {
  const { db } = context;
  return db.transaction('rw', [db.seekers, db.outbox, db.syncIssues], async () => {
    const issue = await db.syncIssues.get(issueId);
    if (issue?.kind !== 'conflict' || issue.status !== 'open') {
      return fail(
        'CONFLICT_NOT_FOUND',
        'Perbedaan data ini sudah diselesaikan; muat ulang daftar.',
      );
    }
    const picked: Record<string, unknown> = { ...issue.serverPayload };
    for (const field of takeLocal) {
      if (!metaFields.has(field)) picked[field] = issue.localPayload[field];
    }
    // A field taken from our copy where it was empty stays empty.
    const chosen = Object.fromEntries(
      Object.entries(picked).filter(([, value]) => value !== undefined),
    );
    const stored = await db.seekers.get(issue.recordId);
    const at = context.now().toISOString();
    // The chosen fields come from two copies of this same seeker, both valid when saved.
    const base = chosen as unknown as Seeker;
    const next: Seeker = {
      ...base,
      id: issue.recordId,
      nameKey: nameKeyOf(base.name),
      version: Math.max(issue.serverVersion, stored?.version ?? 0) + 1,
      updatedAt: at,
      officerId: context.officerId(),
    };
    const other = await db.seekers.where('nik').equals(next.nik).first();
    if (other && other.id !== next.id) {
      return fail(
        'CONFLICT_NIK_TAKEN',
        `NIK ${next.nik} sudah dipakai pencari kerja lain (${other.name}) di loket ini. Pilih NIK yang lain.`,
      );
    }
    await db.seekers.put(next);
    await appendToOutbox(db, 'seekers', next, context.newId());
    await putIssue(db, { ...issue, status: 'resolved', resolvedAt: at });
    return ok(next);
  });
}
