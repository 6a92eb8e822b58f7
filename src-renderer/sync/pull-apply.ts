import type { Seeker } from '../../src-shared/domain/seeker.js';
import {
  nikConflictSchema,
  syncedTables,
  type PullChange,
  type SyncedTable,
  type PullResponse,
} from '../../src-shared/sync/protocol.js';
import type { LoketDatabase } from '../db/database.js';
import { toOfficerRecord, toVacancyRecord } from './downward-records.js';
import { applyNikConflict, holdRemoteSeeker } from './nik-issues.js';
import { applyMergeLocally } from './seeker-merge.js';
import type { SeekerMergeRecord } from './sync-records.js';
import { updateSyncState } from './sync-state-store.js';
import { putIssue } from './sync-issues.js';

/** Upward tables this counter keeps locally; other counters' records land in them too. */
export const localSyncedTables = syncedTables.filter(
  (table): table is Exclude<SyncedTable, 'legalisations' | 'auditEntries'> =>
    table !== 'legalisations' && table !== 'auditEntries',
);

type LocalTable = (typeof localSyncedTables)[number];
const isLocalTable = (name: string): name is LocalTable =>
  localSyncedTables.some((table) => table === name);

interface Applier {
  readonly db: LoketDatabase;
  readonly at: string;
}

const versionOf = (record: unknown): number =>
  typeof record === 'object' &&
  record !== null &&
  'version' in record &&
  typeof record.version === 'number'
    ? record.version
    : 0;

/** Holds a pulled record that cannot be stored here as it is, for an officer to look at. */
async function hold(applier: Applier, change: PullChange, reason: string): Promise<void> {
  await putIssue(applier.db, {
    id: `held:${change.table}:${change.recordId}`,
    kind: 'held',
    status: 'open',
    detectedAt: applier.at,
    table: change.table,
    recordId: change.recordId,
    payload: change.payload,
    reason,
  });
}

async function applySeeker(applier: Applier, change: PullChange): Promise<void> {
  const { db, at } = applier;
  // The pulled payload is another counter's seeker as that counter stored it.
  const seeker = change.payload as unknown as Seeker;
  const mergedAway = await db.seekerMerges.where('mergedSeekerId').equals(change.recordId).first();
  if (mergedAway && !(await db.seekers.get(change.recordId))) return;
  const same = await db.seekers.where('nik').equals(seeker.nik).first();
  if (same && same.id !== change.recordId) {
    await holdRemoteSeeker(db, seeker, at, same.id);
    return;
  }
  await db.seekers.put(seeker);
}

async function applyUpward(applier: Applier, change: PullChange, table: LocalTable) {
  const { db, at } = applier;
  // A local edit not yet pushed wins here; the push turns it into a conflict if needed.
  const pending = await db.outbox
    .where('[table+recordId]')
    .equals([table, change.recordId])
    .count();
  if (pending > 0) return;
  const local: unknown = await db.table(table).get(change.recordId);
  if (local !== undefined && versionOf(local) >= change.version) return;
  if (table === 'seekers') return applySeeker(applier, change);
  if (table === 'cards') {
    const number = change.payload['registrationNumber'];
    const taken =
      typeof number === 'string'
        ? await db.cards.where('registrationNumber').equals(number).first()
        : undefined;
    if (taken && taken.id !== change.recordId) {
      return hold(
        applier,
        change,
        `Nomor kartu ${String(number)} sudah dipakai kartu lain di loket ini.`,
      );
    }
  }
  await db.table(table).put(change.payload);
  if (table === 'seekerMerges') {
    await applyMergeLocally(db, change.payload as unknown as SeekerMergeRecord, at);
  }
}

async function applyChange(applier: Applier, change: PullChange): Promise<void> {
  const { db, at } = applier;
  if (isLocalTable(change.table)) return applyUpward(applier, change, change.table);
  if (change.table === 'vacancies') {
    await db.vacancies.put(toVacancyRecord(change.payload, at));
  } else if (change.table === 'officers') {
    await db.officers.put(toOfficerRecord(change.payload));
  } else if (change.table === 'nikConflicts') {
    const conflict = nikConflictSchema.safeParse(change.payload);
    if (conflict.success) await applyNikConflict(db, conflict.data, at);
  }
  // Tables this version of the counter does not keep (legalisations, audit entries) are skipped.
}

/**
 * Applies one page of the feed and moves the cursor past it in ONE transaction: after a crash
 * either the whole page and its cursor are stored, or neither (the page is pulled again).
 */
export async function applyPullPage(
  db: LoketDatabase,
  page: PullResponse,
  now: () => Date,
): Promise<void> {
  const tables = [
    ...localSyncedTables.map((name) => db.table(name)),
    db.vacancies,
    db.officers,
    db.syncIssues,
    db.syncState,
    db.outbox,
  ];
  const applier: Applier = { db, at: now().toISOString() };
  await db.transaction('rw', tables, async () => {
    for (const change of page.changes) await applyChange(applier, change);
    await updateSyncState(db, () => ({ cursor: page.nextCursor }));
  });
}
