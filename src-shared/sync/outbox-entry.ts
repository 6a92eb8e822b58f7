/**
 * One change waiting to be pushed to the city system. Written in the same IndexedDB
 * transaction as the change itself, removed only after the server acknowledged it.
 */
export interface OutboxEntry {
  /** Auto-increment order of writing (Dexie `++seq`). */
  readonly seq?: number;
  /** UUID v7: idempotency key of this change. */
  readonly changeId: string;
  /** Synced table the record lives in, e.g. "seekers". */
  readonly table: string;
  readonly recordId: string;
  /** Record version after the change. */
  readonly version: number;
  /** Full snapshot of the record after the change (the server stores snapshots). */
  readonly payload: unknown;
  readonly createdAt: string;
  /** Push attempts so far, and the next time to try (ISO), set by the sync engine. */
  readonly attempts: number;
  readonly nextAttemptAt?: string;
  readonly lastError?: string;
}
