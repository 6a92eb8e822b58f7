import { fileRefSchema, type PullChange } from '../../src-shared/sync/protocol.js';
import type { SqlClient } from '../storage/sql-client.js';
import {
  bigintText,
  bool,
  instant,
  int,
  jsonArray,
  jsonObject,
  text,
  textOrNull,
} from '../storage/row.js';

export interface PullPage {
  readonly changes: PullChange[];
  readonly nextCursor: string;
  readonly hasMore: boolean;
}

export interface PullQuery {
  readonly counterId: string;
  readonly cursor?: string | undefined;
  readonly limit: number;
  readonly includeOwn: boolean;
}

/** One page of the feed after `cursor`, in seq order; one row more than asked tells `hasMore`. */
export async function pullChanges(
  sql: SqlClient,
  query: PullQuery,
  seenAt: Date,
): Promise<PullPage> {
  const after = query.cursor ?? '0';
  const rows = await sql.query(
    `SELECT seq, change_id::text AS change_id, table_name, record_id, version, sha256, payload,
       counter_id::text AS counter_id, backfilled, received_at, files
     FROM changes
     WHERE seq > $1::bigint AND ($2 OR counter_id IS NULL OR counter_id <> $3::uuid)
     ORDER BY seq LIMIT $4`,
    [after, query.includeOwn, query.counterId, query.limit + 1],
  );
  await sql.query('UPDATE counters SET last_seen_at = $2 WHERE id = $1', [query.counterId, seenAt]);
  const page = rows.slice(0, query.limit);
  const changes = page.map((row): PullChange => ({
    seq: bigintText(row, 'seq'),
    changeId: text(row, 'change_id'),
    table: text(row, 'table_name'),
    recordId: text(row, 'record_id'),
    version: int(row, 'version'),
    sha256: text(row, 'sha256'),
    payload: jsonObject(row, 'payload'),
    counterId: textOrNull(row, 'counter_id'),
    backfilled: bool(row, 'backfilled'),
    receivedAt: instant(row, 'received_at'),
    files: jsonArray(row, 'files').map((file) => fileRefSchema.parse(file)),
  }));
  return { changes, nextCursor: changes.at(-1)?.seq ?? after, hasMore: rows.length > query.limit };
}
