import type { FileRef } from '../../src-shared/sync/protocol.js';
import type { SqlQueryable } from '../storage/sql-client.js';
import { bigintText, int, jsonObject, text, textOrNull } from '../storage/row.js';

/**
 * Every writer of `changes` takes this lock first and holds it to commit, so sequence numbers
 * are handed out in commit order and a pull never skips a change that commits later.
 */
export async function lockFeed(tx: SqlQueryable): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock(7270002)');
}

export interface NewChange {
  readonly changeId: string;
  readonly batchId: string | null;
  readonly table: string;
  readonly recordId: string;
  readonly version: number;
  readonly sha256: string;
  readonly payload: Readonly<Record<string, unknown>>;
  readonly counterId: string | null;
  readonly backfilled: boolean;
  readonly files: readonly FileRef[];
  readonly receivedAt: Date;
}

/** The columns of a change as one element of a jsonb_to_recordset() parameter. */
function changeRow(change: NewChange, ord: number): Record<string, unknown> {
  return {
    ord,
    change_id: change.changeId,
    batch_id: change.batchId,
    table_name: change.table,
    record_id: change.recordId,
    version: change.version,
    sha256: change.sha256,
    payload: change.payload,
    counter_id: change.counterId,
    backfilled: change.backfilled,
    files: change.files,
    received_at: change.receivedAt.toISOString(),
    nik:
      change.table === 'seekers' && typeof change.payload['nik'] === 'string'
        ? change.payload['nik']
        : null,
  };
}

const recordset = `jsonb_to_recordset($1::jsonb) AS x(ord integer, change_id uuid, batch_id uuid,
  table_name text, record_id text, version integer, sha256 text, payload jsonb, counter_id uuid,
  backfilled boolean, files jsonb, received_at timestamptz, nik text, seq bigint)`;

/**
 * Appends changes to the feed in one statement, in the given order. Returns the seq of each
 * stored change by lower-case change id; a change id already stored is left out (the UNIQUE
 * constraint decides, whatever the application believed).
 */
export async function appendChanges(
  tx: SqlQueryable,
  changes: readonly NewChange[],
): Promise<Map<string, string>> {
  if (changes.length === 0) return new Map();
  const rows = await tx.query(
    `INSERT INTO changes (change_id, batch_id, table_name, record_id, version, sha256, payload,
       counter_id, backfilled, files, received_at)
     SELECT change_id, batch_id, table_name, record_id, version, sha256, payload, counter_id,
       backfilled, files, received_at FROM ${recordset} ORDER BY ord
     ON CONFLICT (change_id) DO NOTHING RETURNING change_id::text AS change_id, seq`,
    [JSON.stringify(changes.map(changeRow))],
  );
  return new Map(rows.map((row) => [text(row, 'change_id'), bigintText(row, 'seq')]));
}

/** Appends one change; null when its change id is already stored. */
export async function appendChange(tx: SqlQueryable, change: NewChange): Promise<string | null> {
  return (await appendChanges(tx, [change])).get(change.changeId.toLowerCase()) ?? null;
}

/**
 * Makes each change its record's current snapshot unless a higher version is already current.
 * At most one change per record (a statement may not update a row twice).
 */
export async function makeCurrentMany(
  tx: SqlQueryable,
  stored: readonly { readonly change: NewChange; readonly seq: string }[],
): Promise<void> {
  if (stored.length === 0) return;
  await tx.query(
    `INSERT INTO records (table_name, record_id, version, sha256, payload, counter_id, seq, nik)
     SELECT table_name, record_id, version, sha256, payload, counter_id, seq, nik FROM ${recordset}
     ON CONFLICT (table_name, record_id) DO UPDATE SET version = EXCLUDED.version,
       sha256 = EXCLUDED.sha256, payload = EXCLUDED.payload, counter_id = EXCLUDED.counter_id,
       seq = EXCLUDED.seq, nik = EXCLUDED.nik
     WHERE records.version < EXCLUDED.version`,
    [JSON.stringify(stored.map(({ change, seq }, ord) => ({ ...changeRow(change, ord), seq })))],
  );
}

export function makeCurrent(tx: SqlQueryable, change: NewChange, seq: string): Promise<void> {
  return makeCurrentMany(tx, [{ change, seq }]);
}

export interface CurrentRecord {
  readonly table: string;
  readonly recordId: string;
  readonly version: number;
  readonly sha256: string;
  readonly payload: Record<string, unknown>;
  readonly counterId: string | null;
}

export const recordKey = (table: string, recordId: string): string => `${table}\u0000${recordId}`;

/** Current snapshots of the given records, keyed by recordKey(). */
export async function readCurrent(
  tx: SqlQueryable,
  keys: readonly { readonly table: string; readonly recordId: string }[],
): Promise<Map<string, CurrentRecord>> {
  const pairs = keys.map((key) => [key.table, key.recordId]);
  const rows = await tx.query(
    `SELECT table_name, record_id, version, sha256, payload, counter_id::text AS counter_id
     FROM records WHERE (table_name, record_id) IN
       (SELECT pair->>0, pair->>1 FROM jsonb_array_elements($1::jsonb) AS pair)`,
    [JSON.stringify(pairs)],
  );
  const current = new Map<string, CurrentRecord>();
  for (const row of rows) {
    const record: CurrentRecord = {
      table: text(row, 'table_name'),
      recordId: text(row, 'record_id'),
      version: int(row, 'version'),
      sha256: text(row, 'sha256'),
      payload: jsonObject(row, 'payload'),
      counterId: textOrNull(row, 'counter_id'),
    };
    current.set(recordKey(record.table, record.recordId), record);
  }
  return current;
}
