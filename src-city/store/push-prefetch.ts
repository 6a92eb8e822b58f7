import type { SqlQueryable } from '../storage/sql-client.js';
import { text } from '../storage/row.js';
import type { CheckedRecord } from './record-check.js';

export interface KnownChanges {
  readonly changes: Set<string>;
  readonly conflicts: Set<string>;
}

/** Change ids of the batch the server already stored, as a change or as a conflict. */
export async function knownChangeIds(
  tx: SqlQueryable,
  records: readonly CheckedRecord[],
): Promise<KnownChanges> {
  const ids = JSON.stringify(records.map((record) => record.changeId));
  const inSet = `change_id IN (SELECT jsonb_array_elements_text($1::jsonb)::uuid)`;
  const changes = await tx.query(`SELECT change_id::text AS id FROM changes WHERE ${inSet}`, [ids]);
  const conflicts = await tx.query(
    `SELECT change_id::text AS id FROM record_conflicts WHERE ${inSet}`,
    [ids],
  );
  return {
    changes: new Set(changes.map((row) => text(row, 'id'))),
    conflicts: new Set(conflicts.map((row) => text(row, 'id'))),
  };
}

/** Which of the files the batch refers to the server holds complete. */
export async function completeFiles(
  tx: SqlQueryable,
  records: readonly CheckedRecord[],
): Promise<Set<string>> {
  const shas = records.flatMap((record) => (record.files ?? []).map((file) => file.sha256));
  if (shas.length === 0) return new Set();
  const rows = await tx.query(
    `SELECT sha256 FROM files WHERE completed_at IS NOT NULL AND sha256 IN (SELECT jsonb_array_elements_text($1::jsonb))`,
    [JSON.stringify(shas)],
  );
  return new Set(rows.map((row) => text(row, 'sha256')));
}

/** A counter clock off by years must not overflow the integer column. */
export function clampSkew(ms: number): number {
  return Math.max(-2_000_000_000, Math.min(2_000_000_000, Math.round(ms)));
}
