import { fail, ok, type Outcome } from '../../src-shared/domain/outcome.js';
import type { PushResult } from '../../src-shared/sync/protocol.js';
import type { SqlClient, SqlQueryable } from '../storage/sql-client.js';
import { text } from '../storage/row.js';
import { appendChanges, lockFeed, makeCurrentMany, readCurrent, type NewChange } from './feed.js';
import { flagNikDuplicates, resolveNikConflict } from './nik-conflicts.js';
import { planBatch, type Step } from './push-plan.js';
import { clampSkew, completeFiles, knownChangeIds } from './push-prefetch.js';
import type { Check, CheckedRecord } from './record-check.js';

export interface Batch {
  readonly batchId: string;
  readonly counterId: string;
  readonly sentAt: Date;
  /** In request order, already validated one by one (record-check.ts). */
  readonly checks: readonly Check[];
}

export interface BatchOutcome {
  readonly replayed: boolean;
  readonly results: PushResult[];
}

/**
 * Stores a batch in ONE transaction: if the reply is lost the whole batch is either stored (a
 * resend gets `duplicate` for each record) or not at all (a resend stores it). Reads and writes
 * are set-based (a handful of statements per batch, not per record) so 10,000 queued records
 * drain in seconds.
 */
export function pushBatch(
  sql: SqlClient,
  batch: Batch,
  receivedAt: Date,
): Promise<Outcome<BatchOutcome, 'BATCH_OWNED_BY_OTHER_COUNTER'>> {
  return sql.transaction(async (tx) => {
    await lockFeed(tx);
    const skewMs = clampSkew(batch.sentAt.getTime() - receivedAt.getTime());
    const inserted = await tx.query(
      `INSERT INTO batches (batch_id, counter_id, sent_at, received_at, record_count, clock_skew_ms)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (batch_id) DO NOTHING RETURNING batch_id`,
      [batch.batchId, batch.counterId, batch.sentAt, receivedAt, batch.checks.length, skewMs],
    );
    const replayed = inserted.length === 0;
    if (replayed) {
      const owner = await tx.query(
        'SELECT counter_id::text AS counter_id FROM batches WHERE batch_id = $1',
        [batch.batchId],
      );
      if (owner[0] && text(owner[0], 'counter_id') !== batch.counterId) {
        return fail(
          'BATCH_OWNED_BY_OTHER_COUNTER',
          'batchId ini sudah dipakai loket lain; buat batch baru.',
        );
      }
    }
    await tx.query('UPDATE counters SET last_seen_at = $2, clock_skew_ms = $3 WHERE id = $1', [
      batch.counterId,
      receivedAt,
      skewMs,
    ]);

    const records = batch.checks.flatMap((check) => (check.ok ? [check.record] : []));
    const known = await knownChangeIds(tx, records);
    const current = await readCurrent(tx, records);
    const steps = planBatch(batch.checks, { ...batch, receivedAt }, known, current);
    const results = await execute(
      tx,
      steps,
      { ...batch, receivedAt },
      await completeFiles(tx, records),
    );
    return ok({ replayed, results });
  });
}

async function execute(
  tx: SqlQueryable,
  steps: readonly Step[],
  header: { readonly batchId: string; readonly counterId: string; readonly receivedAt: Date },
  complete: ReadonlySet<string>,
): Promise<PushResult[]> {
  const appends = steps.flatMap((step) => (step.kind === 'append' ? [step] : []));
  const seqs = await appendChanges(
    tx,
    appends.map((step) => step.change),
  );
  const seqOf = (change: NewChange): string | undefined => seqs.get(change.changeId.toLowerCase());
  // The last planned current per record wins; planning already ordered them by version.
  const currents = new Map<string, { change: NewChange; seq: string; record: CheckedRecord }>();
  for (const step of appends) {
    const seq = seqOf(step.change);
    if (step.current && seq !== undefined)
      currents.set(`${step.change.table}\u0000${step.change.recordId}`, {
        change: step.change,
        seq,
        record: step.record,
      });
  }
  await makeCurrentMany(tx, [...currents.values()]);
  const flagged = await afterCurrent(
    tx,
    [...currents.values()].map((entry) => entry.record),
    header.receivedAt,
  );

  const results: PushResult[] = [];
  for (const [index, step] of steps.entries()) {
    if (step.kind === 'done') {
      results.push(step.result);
    } else if (step.kind === 'conflict') {
      results.push(await keepConflict(tx, index, step.record, step.server, header));
    } else {
      const seq = seqOf(step.change);
      const base = { index, changeId: step.change.changeId };
      const missingFiles = step.change.files
        .map((file) => file.sha256)
        .filter((sha) => !complete.has(sha));
      results.push(
        seq === undefined
          ? { ...base, status: 'duplicate' }
          : {
              ...base,
              status: 'accepted',
              seq,
              ...(step.current && flagged.has(step.change.recordId)
                ? { flags: ['NIK_DUPLICATE' as const] }
                : {}),
              ...(missingFiles.length > 0 ? { missingFiles } : {}),
            },
      );
    }
  }
  return results;
}

/** Cross-record effects of new current snapshots; returns the seekers now in a NIK conflict. */
async function afterCurrent(
  tx: SqlQueryable,
  records: readonly CheckedRecord[],
  at: Date,
): Promise<Set<string>> {
  const flagged = new Set<string>();
  const seekers = records.filter((record) => record.table === 'seekers');
  const niks = seekers.map((record) => record.payload['nik']);
  const shared =
    niks.length === 0
      ? []
      : await tx.query(
          `SELECT nik FROM records WHERE table_name = 'seekers' AND nik IN (SELECT jsonb_array_elements_text($1::jsonb))
     GROUP BY nik HAVING count(*) > 1`,
          [JSON.stringify(niks)],
        );
  const sharedNiks = new Set(shared.map((row) => text(row, 'nik')));
  for (const seeker of seekers) {
    const nik = seeker.payload['nik'];
    if (
      typeof nik === 'string' &&
      sharedNiks.has(nik) &&
      (await flagNikDuplicates(tx, seeker.recordId, nik, at))
    )
      flagged.add(seeker.recordId);
  }
  for (const record of records) {
    const { nik, keptSeekerId, mergedSeekerId } = record.payload;
    if (
      record.table === 'seekerMerges' &&
      typeof nik === 'string' &&
      typeof keptSeekerId === 'string' &&
      typeof mergedSeekerId === 'string'
    ) {
      await resolveNikConflict(
        tx,
        { mergeId: record.recordId, nik, keptSeekerId, mergedSeekerId },
        at,
      );
    }
  }
  return flagged;
}

/** A conflicting change is kept aside (never lost) and answered with the server's copy. */
async function keepConflict(
  tx: SqlQueryable,
  index: number,
  record: CheckedRecord,
  server: Extract<Step, { kind: 'conflict' }>['server'],
  header: { readonly batchId: string; readonly counterId: string; readonly receivedAt: Date },
): Promise<PushResult> {
  await tx.query(
    `INSERT INTO record_conflicts (change_id, batch_id, table_name, record_id, version, sha256, payload, counter_id, server_version, detected_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9, $10) ON CONFLICT (change_id) DO NOTHING`,
    [
      record.changeId,
      header.batchId,
      record.table,
      record.recordId,
      record.version,
      record.sha256,
      JSON.stringify(record.payload),
      header.counterId,
      server.version,
      header.receivedAt,
    ],
  );
  return {
    index,
    changeId: record.changeId,
    status: 'conflict',
    serverVersion: server.version,
    serverCounterId: server.counterId,
    serverPayload: server.payload,
  };
}
