import type { RecordMeta } from '../../src-shared/domain/record.js';
import type { Seeker } from '../../src-shared/domain/seeker.js';
import type { OutboxEntry } from '../../src-shared/sync/outbox-entry.js';
import type { RejectionCode } from '../../src-shared/sync/protocol.js';

/**
 * What needs an officer after a sync ("perlu perhatian"). Nothing the server refused or
 * flagged is ever dropped: it lands here, with what is needed to act on it, until resolved.
 * Ids are deterministic (`rejected:<changeId>`, `conflict:<table>:<recordId>`, `nik:<nik>`,
 * `file:<sha256>`, `held:<table>:<recordId>`), so seeing the same thing twice updates one row.
 */
export type SyncIssue = RejectedIssue | ConflictIssue | NikIssue | FileIssue | HeldIssue;

interface IssueBase {
  readonly id: string;
  readonly status: 'open' | 'resolved';
  readonly detectedAt: string;
  readonly resolvedAt?: string;
}

/** The server refused the record; the entry is kept whole so it can be sent again after a fix. */
export interface RejectedIssue extends IssueBase {
  readonly kind: 'rejected';
  readonly entry: OutboxEntry;
  readonly code: RejectionCode;
  readonly reason: string;
}

/** The same seeker was edited here and at another counter from the same version. */
export interface ConflictIssue extends IssueBase {
  readonly kind: 'conflict';
  readonly table: string;
  readonly recordId: string;
  readonly localPayload: Record<string, unknown>;
  readonly serverPayload: Record<string, unknown>;
  readonly serverVersion: number;
  readonly serverCounterId: string | null;
}

/** One NIK registered as two seekers (here and at another counter, while offline). */
export interface NikIssue extends IssueBase {
  readonly kind: 'nik';
  readonly nik: string;
  /** Seeker ids known to share the NIK (local and remote). */
  readonly seekerIds: readonly string[];
  /**
   * Other counters' seekers with this NIK. IndexedDB allows one seeker per NIK, so the remote
   * copy waits here until an officer merges the two.
   */
  readonly heldSeekers: readonly Seeker[];
  /** The `nikConflicts` record the server published, when pulled. */
  readonly serverConflictId?: string;
  readonly mergeId?: string;
}

/** A file a pushed record refers to is missing from this counter's archive. */
export interface FileIssue extends IssueBase {
  readonly kind: 'file';
  readonly sha256: string;
  readonly reason: string;
}

/** A pulled record that could not be stored here as it is (e.g. a card number already used). */
export interface HeldIssue extends IssueBase {
  readonly kind: 'held';
  readonly table: string;
  readonly recordId: string;
  readonly payload: Record<string, unknown>;
  readonly reason: string;
}

/** The engine's memory between runs (one row, id "sync"). */
export interface SyncStateRecord {
  readonly id: 'sync';
  /** Pull cursor: stored in the same transaction as the page it follows. */
  readonly cursor?: string;
  readonly lastSuccessAt?: string;
  readonly lastAttemptAt?: string;
  readonly lastError?: { readonly code: string; readonly message: string; readonly at: string };
  /** Counter clock minus server clock at the last exchange, ms. */
  readonly clockSkewMs?: number;
  readonly clockSkewAt?: string;
  /** Skews beyond the warning threshold, newest last (kept short). */
  readonly skewLog?: readonly { readonly at: string; readonly skewMs: number }[];
  /** The batch being sent: resent under the same batchId after a crash or a lost reply. */
  readonly pendingBatch?: { readonly batchId: string; readonly changeIds: readonly string[] };
  /** Files of pushed records still to upload (a record is complete only with its files). */
  readonly pendingFiles?: readonly string[];
  /** "No sync for N days" threshold chosen at this counter. */
  readonly staleDays?: number;
}

/**
 * Two seekers found to be one person (same NIK at two counters). Both records, both histories
 * and both card numbers stay; the merge says which one is shown from now on.
 */
export interface SeekerMergeRecord extends RecordMeta {
  readonly nik: string;
  readonly keptSeekerId: string;
  readonly mergedSeekerId: string;
  /** Card numbers of both, kept: either may be on a card in someone's wallet. */
  readonly registrationNumbers: readonly string[];
  /** The merged seeker as it was, so nothing typed at either counter is lost. */
  readonly mergedSeeker: Seeker;
}
