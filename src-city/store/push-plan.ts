import type { PushResult } from '../../src-shared/sync/protocol.js';
import { recordKey, type CurrentRecord, type NewChange } from './feed.js';
import { decide } from './push-decision.js';
import type { KnownChanges } from './push-prefetch.js';
import type { Check, CheckedRecord } from './record-check.js';

/** What to do with each record of a batch, decided in memory before any write. */
export type Step =
  | { readonly kind: 'done'; readonly result: PushResult }
  | { readonly kind: 'conflict'; readonly record: CheckedRecord; readonly server: CurrentRecord }
  | {
      readonly kind: 'append';
      readonly change: NewChange;
      readonly current: boolean;
      readonly record: CheckedRecord;
    };

export interface BatchHeader {
  readonly batchId: string;
  readonly counterId: string;
  readonly receivedAt: Date;
}

/**
 * Plans the batch in request order. `current` is updated as records are planned, so a batch
 * carrying versions 2 and 3 of one record is judged as if they arrived one after the other.
 */
export function planBatch(
  checks: readonly Check[],
  header: BatchHeader,
  known: KnownChanges,
  current: Map<string, CurrentRecord>,
): Step[] {
  const seen = new Set(known.changes);
  return checks.map((check, index): Step => {
    if (!check.ok) return { kind: 'done', result: check.result };
    const { record } = check;
    const changeId = record.changeId.toLowerCase();
    const duplicate: Step = {
      kind: 'done',
      result: { index, changeId: record.changeId, status: 'duplicate' },
    };
    if (seen.has(changeId)) return duplicate;
    const key = recordKey(record.table, record.recordId);
    const server = current.get(key);
    if (known.conflicts.has(changeId) && server) return { kind: 'conflict', record, server };
    const incoming = {
      version: record.version,
      sha256: record.sha256,
      counterId: header.counterId,
    };
    const decision = decide(record.table, server, incoming);
    if (decision.kind === 'duplicate') return duplicate;
    if (decision.kind === 'conflict' && server) return { kind: 'conflict', record, server };
    seen.add(changeId);
    const change: NewChange = {
      changeId: record.changeId,
      batchId: header.batchId,
      table: record.table,
      recordId: record.recordId,
      version: record.version,
      sha256: record.sha256,
      payload: record.payload,
      counterId: header.counterId,
      backfilled: record.backfilled ?? false,
      files: record.files ?? [],
      receivedAt: header.receivedAt,
    };
    const becomesCurrent = decision.kind === 'accept' && decision.current;
    if (becomesCurrent) current.set(key, { ...change, payload: record.payload });
    return { kind: 'append', change, current: becomesCurrent, record };
  });
}
