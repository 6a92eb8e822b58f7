import type { OutboxEntry } from '../../src-shared/sync/outbox-entry.js';
import { payloadSha256 } from '../../src-shared/sync/sha256.js';
import { fileRefsOf, type LocalFileRef } from './file-refs.js';

/** A pushed record before main adds file sizes: PushRecord with files named by sha and role. */
export interface OutgoingRecord {
  readonly changeId: string;
  readonly table: string;
  readonly recordId: string;
  readonly version: number;
  readonly sha256: string;
  readonly payload: unknown;
  readonly backfilled?: true;
  readonly files?: readonly LocalFileRef[];
}

/** Typed in from the paper books: seekers and cards carry a `backfilled` block. */
function isBackfilled(payload: unknown): boolean {
  return (
    typeof payload === 'object' &&
    payload !== null &&
    'backfilled' in payload &&
    typeof payload.backfilled === 'object' &&
    payload.backfilled !== null
  );
}

/**
 * The wire form of an outbox entry. The payload goes through JSON once first: that is what the
 * server will hash (IPC and HTTP both drop `undefined` members), so both sides agree on sha256.
 */
export async function toOutgoingRecord(entry: OutboxEntry): Promise<OutgoingRecord> {
  const payload: unknown = JSON.parse(JSON.stringify(entry.payload ?? null));
  const files = fileRefsOf(entry.table, payload);
  return {
    changeId: entry.changeId,
    table: entry.table,
    recordId: entry.recordId,
    version: entry.version,
    sha256: await payloadSha256(payload),
    payload,
    ...(isBackfilled(payload) ? { backfilled: true } : {}),
    ...(files.length > 0 ? { files } : {}),
  };
}
