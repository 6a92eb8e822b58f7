import { v7 as uuidv7 } from 'uuid';
import { payloadSha256 } from '../../src-shared/sync/sha256.js';
import type { NikConflict } from '../../src-shared/sync/protocol.js';
import type { SqlQueryable } from '../storage/sql-client.js';
import { instant, instantOrNull, int, text, textOrNull } from '../storage/row.js';
import { appendChange, makeCurrent, type NewChange } from './feed.js';

/**
 * The same NIK registered as two seekers (two counters, offline). Both seekers are kept; the pair
 * is flagged once in nik_conflicts and published in the pull feed as a `nikConflicts` record so
 * every counter can show it; an officer's `seekerMerges` record resolves it.
 * Returns true when the seeker is part of an open conflict.
 */
export async function flagNikDuplicates(
  tx: SqlQueryable,
  seekerId: string,
  nik: string,
  at: Date,
): Promise<boolean> {
  const others = await tx.query(
    `SELECT record_id FROM records WHERE table_name = 'seekers' AND nik = $1 AND record_id <> $2`,
    [nik, seekerId],
  );
  // Only a seeker sharing its NIK with another can be in an open conflict.
  if (others.length === 0) return false;
  for (const other of others) {
    const [a, b] = orderedPair(seekerId, text(other, 'record_id'));
    const inserted = await tx.query(
      `INSERT INTO nik_conflicts (id, nik, seeker_a, seeker_b, counter_a, counter_b, detected_at)
       SELECT $1, $2, $3, $4,
         (SELECT counter_id FROM records WHERE table_name = 'seekers' AND record_id = $3),
         (SELECT counter_id FROM records WHERE table_name = 'seekers' AND record_id = $4), $5
       ON CONFLICT (nik, seeker_a, seeker_b) DO NOTHING RETURNING id`,
      [uuidv7(), nik, a, b, at],
    );
    if (inserted.length > 0) await publish(tx, { nik, seekerA: a, seekerB: b }, at);
  }
  const open = await tx.query(
    `SELECT 1 FROM nik_conflicts WHERE resolved_at IS NULL AND (seeker_a = $1 OR seeker_b = $1) LIMIT 1`,
    [seekerId],
  );
  return open.length > 0;
}

/** An accepted seekerMerges record closes the conflict between its two seekers. */
export async function resolveNikConflict(
  tx: SqlQueryable,
  merge: {
    readonly mergeId: string;
    readonly nik: string;
    readonly keptSeekerId: string;
    readonly mergedSeekerId: string;
  },
  at: Date,
): Promise<void> {
  const [a, b] = orderedPair(merge.keptSeekerId, merge.mergedSeekerId);
  const updated = await tx.query(
    `UPDATE nik_conflicts SET resolved_at = $4, resolved_by = $5, version = version + 1
     WHERE nik = $1 AND seeker_a = $2 AND seeker_b = $3 AND resolved_at IS NULL RETURNING id`,
    [merge.nik, a, b, at, merge.mergeId],
  );
  if (updated.length > 0) await publish(tx, { nik: merge.nik, seekerA: a, seekerB: b }, at);
}

/** seeker_a < seeker_b, as the table's CHECK wants: a pair is one row whichever way round. */
function orderedPair(x: string, y: string): [string, string] {
  return x < y ? [x, y] : [y, x];
}

async function publish(
  tx: SqlQueryable,
  pair: { nik: string; seekerA: string; seekerB: string },
  at: Date,
): Promise<void> {
  const rows = await tx.query(
    `SELECT id::text AS id, nik, seeker_a, seeker_b, counter_a::text AS counter_a, counter_b::text AS counter_b,
       version, detected_at, resolved_at, resolved_by
     FROM nik_conflicts WHERE nik = $1 AND seeker_a = $2 AND seeker_b = $3`,
    [pair.nik, pair.seekerA, pair.seekerB],
  );
  const row = rows[0];
  if (!row) throw new Error('nik_conflicts: baris yang baru ditulis tidak ditemukan');
  const resolvedAt = instantOrNull(row, 'resolved_at');
  const resolvedBy = textOrNull(row, 'resolved_by');
  const conflict: NikConflict = {
    id: text(row, 'id'),
    version: int(row, 'version'),
    nik: text(row, 'nik'),
    seekerIds: [text(row, 'seeker_a'), text(row, 'seeker_b')],
    counterIds: [textOrNull(row, 'counter_a'), textOrNull(row, 'counter_b')],
    detectedAt: instant(row, 'detected_at'),
    status: resolvedAt === null ? 'open' : 'resolved',
    ...(resolvedAt === null ? {} : { resolvedAt }),
    ...(resolvedBy === null ? {} : { resolvedBy }),
  };
  const change: NewChange = {
    changeId: uuidv7(),
    batchId: null,
    table: 'nikConflicts',
    recordId: conflict.id,
    version: conflict.version,
    sha256: await payloadSha256(conflict),
    payload: conflict,
    counterId: null,
    backfilled: false,
    files: [],
    receivedAt: at,
  };
  const seq = await appendChange(tx, change);
  if (seq !== null) await makeCurrent(tx, change, seq);
}
