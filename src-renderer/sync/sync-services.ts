import type { Outcome } from '../../src-shared/domain/outcome.js';
import type { Seeker } from '../../src-shared/domain/seeker.js';
import type { RepositoryContext } from '../db/repository-context.js';
import { resolveSeekerConflict, type ConflictErrorCode } from './conflict-resolution.js';
import { mergeCandidates, mergeSeekers, type MergeErrorCode } from './seeker-merge.js';
import { listIssues, markIssueResolved, requeueRejected } from './sync-issues.js';
import { createSyncEngine, type SyncEngine } from './sync-engine.js';
import type { NikIssue, SeekerMergeRecord, SyncIssue } from './sync-records.js';
import { updateSyncState } from './sync-state-store.js';
import type { SyncEngineWorld } from './sync-world.js';

/** What the sync screens use: the engine and the officer's actions on "perlu perhatian". */
export interface SyncServices {
  readonly engine: SyncEngine;
  listIssues(): Promise<SyncIssue[]>;
  resolveConflict(
    issueId: string,
    takeLocal: readonly string[],
  ): Promise<Outcome<Seeker, ConflictErrorCode>>;
  mergeCandidates(issue: NikIssue): Promise<{ local: Seeker; remote: Seeker } | undefined>;
  merge(issueId: string, keptSeekerId: string): Promise<Outcome<SeekerMergeRecord, MergeErrorCode>>;
  requeue(issueId: string): Promise<boolean>;
  markResolved(issueId: string): Promise<void>;
  setStaleDays(days: number): Promise<void>;
}

export function createSyncServices(
  world: Omit<SyncEngineWorld, 'db' | 'now' | 'newId'>,
  context: RepositoryContext,
): SyncServices {
  const { db } = context;
  const engine = createSyncEngine({ ...world, db, now: context.now, newId: context.newId });
  const at = () => context.now().toISOString();
  const refreshed = async <T>(value: T): Promise<T> => {
    await engine.refresh();
    return value;
  };
  return {
    engine,
    listIssues: () => listIssues(db),
    resolveConflict: async (id, fields) =>
      refreshed(await resolveSeekerConflict(context, id, fields)),
    mergeCandidates: (issue) => mergeCandidates(db, issue),
    merge: async (id, kept) => refreshed(await mergeSeekers(context, id, kept)),
    requeue: async (id) => refreshed(await requeueRejected(db, id, at())),
    markResolved: async (id) => refreshed(await markIssueResolved(db, id, at())),
    setStaleDays: async (days) => {
      await db.transaction('rw', db.syncState, () =>
        updateSyncState(db, () => ({ staleDays: days })),
      );
      await engine.refresh();
    },
  };
}
