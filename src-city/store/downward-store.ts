import { v7 as uuidv7 } from 'uuid';
import { payloadSha256 } from '../../src-shared/sync/sha256.js';
import type { DownwardTable } from '../../src-shared/sync/protocol.js';
import type { SqlClient } from '../storage/sql-client.js';
import { appendChange, lockFeed, makeCurrent, readCurrent, recordKey } from './feed.js';

export interface ImportCount {
  readonly imported: number;
  readonly unchanged: number;
}

/**
 * Vacancies and officer accounts from the city's own systems. The server versions them: a record
 * whose content differs from the current one gets version + 1 and enters the pull feed; an
 * identical one is left alone, so re-importing the same export is harmless.
 */
export function importDownward(
  sql: SqlClient,
  table: DownwardTable,
  records: readonly (Readonly<Record<string, unknown>> & { readonly id: string })[],
  at: Date,
): Promise<ImportCount> {
  return sql.transaction(async (tx) => {
    await lockFeed(tx);
    const current = await readCurrent(
      tx,
      records.map((record) => ({ table, recordId: record.id })),
    );
    let imported = 0;
    for (const record of records) {
      const existing = current.get(recordKey(table, record.id));
      const { version: _ignored, ...content } = record;
      if (existing) {
        const { version: _old, ...existingContent } = existing.payload;
        if ((await payloadSha256(content)) === (await payloadSha256(existingContent))) continue;
      }
      const version = (existing?.version ?? 0) + 1;
      const payload = { ...content, version };
      const sha256 = await payloadSha256(payload);
      const change = {
        changeId: uuidv7(),
        batchId: null,
        table,
        recordId: record.id,
        version,
        sha256,
        payload,
        counterId: null,
        backfilled: false,
        files: [],
        receivedAt: at,
      };
      const seq = await appendChange(tx, change);
      if (seq === null) throw new Error('UUID v7 bertabrakan: tidak mungkin terjadi');
      await makeCurrent(tx, change, seq);
      current.set(recordKey(table, record.id), {
        table,
        recordId: record.id,
        version,
        sha256,
        payload,
        counterId: null,
      });
      imported += 1;
    }
    return { imported, unchanged: records.length - imported };
  });
}
