import type { RecordMeta } from '../../src-shared/domain/record.js';
import type { OutboxEntry } from '../../src-shared/sync/outbox-entry.js';
import type { LoketDatabase } from './database.js';

/**
 * Appends the change of a synced record to the outbox. Call it only inside the Dexie transaction
 * that writes the record, so that both are saved or neither is.
 */
export async function appendToOutbox(
  db: LoketDatabase,
  table: string,
  record: RecordMeta,
  changeId: string,
): Promise<void> {
  await db.outbox.add(outboxEntryFor(table, record, changeId));
}

export function outboxEntryFor(table: string, record: RecordMeta, changeId: string): OutboxEntry {
  return {
    changeId,
    table,
    recordId: record.id,
    version: record.version,
    payload: record,
    createdAt: record.updatedAt,
    attempts: 0,
  };
}
