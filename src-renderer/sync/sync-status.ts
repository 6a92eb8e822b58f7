import type { LoketDatabase } from '../db/database.js';
import { readSyncState } from './sync-state-store.js';

/** What the header badge and the Sinkronisasi screen show. */
export interface SyncStatus {
  /**
   * online: the last exchange with the city server worked; offline: it did not answer (or the PC
   * has no network); not-enrolled / unauthorised: the officer must (re-)enrol the counter;
   * error: the server answered with an error; unknown: nothing tried yet.
   */
  readonly link: 'unknown' | 'online' | 'offline' | 'not-enrolled' | 'unauthorised' | 'error';
  readonly syncing: boolean;
  /** Changes in the outbox, and when the oldest of them was made. */
  readonly waiting: number;
  readonly oldestWaitingAt: string | null;
  readonly oldestWaitingAgeMs: number | null;
  /** Files of pushed records not yet on the server. */
  readonly filesWaiting: number;
  /** Open "perlu perhatian" items. */
  readonly attention: number;
  readonly lastSuccessAt: string | null;
  readonly lastError: {
    readonly code: string;
    readonly message: string;
    readonly at: string;
  } | null;
  /** Counter clock minus server clock, ms, at the last exchange. */
  readonly clockSkewMs: number | null;
  readonly clockSkewWarning: boolean;
  readonly staleDays: number;
  /** Nothing synced for `staleDays` days (or never, with changes waiting that long). */
  readonly staleWarning: boolean;
  readonly daysSinceSuccess: number | null;
  readonly nextAttemptAt: string | null;
}

export interface StatusMemory {
  readonly link: SyncStatus['link'];
  readonly syncing: boolean;
  readonly nextAttemptAt: string | null;
}

export const skewWarningMs = 5 * 60_000;
export const defaultStaleDays = 3;
const dayMs = 24 * 60 * 60_000;

export const initialStatus: SyncStatus = {
  link: 'unknown',
  syncing: false,
  waiting: 0,
  oldestWaitingAt: null,
  oldestWaitingAgeMs: null,
  filesWaiting: 0,
  attention: 0,
  lastSuccessAt: null,
  lastError: null,
  clockSkewMs: null,
  clockSkewWarning: false,
  staleDays: defaultStaleDays,
  staleWarning: false,
  daysSinceSuccess: null,
  nextAttemptAt: null,
};

/** Reads the counts from the database and combines them with what the engine knows now. */
export async function readStatus(
  db: LoketDatabase,
  now: Date,
  memory: StatusMemory,
  defaultDays = defaultStaleDays,
): Promise<SyncStatus> {
  const [state, waiting, oldest, attention] = await db.transaction(
    'r',
    db.syncState,
    db.outbox,
    db.syncIssues,
    () =>
      Promise.all([
        readSyncState(db),
        db.outbox.count(),
        db.outbox.orderBy('seq').first(),
        db.syncIssues.where('status').equals('open').count(),
      ]),
  );
  const at = now.getTime();
  const staleDays = state.staleDays ?? defaultDays;
  const lastSuccess = state.lastSuccessAt ? Date.parse(state.lastSuccessAt) : undefined;
  const oldestAt = oldest ? Date.parse(oldest.createdAt) : undefined;
  const since = lastSuccess ?? oldestAt;
  const skew = state.clockSkewMs ?? null;
  return {
    ...memory,
    waiting,
    oldestWaitingAt: oldest?.createdAt ?? null,
    oldestWaitingAgeMs: oldestAt === undefined ? null : Math.max(0, at - oldestAt),
    filesWaiting: state.pendingFiles?.length ?? 0,
    attention,
    lastSuccessAt: state.lastSuccessAt ?? null,
    lastError: state.lastError ?? null,
    clockSkewMs: skew,
    clockSkewWarning: skew !== null && Math.abs(skew) > skewWarningMs,
    staleDays,
    staleWarning: since !== undefined && at - since > staleDays * dayMs,
    daysSinceSuccess: lastSuccess === undefined ? null : Math.floor((at - lastSuccess) / dayMs),
  };
}
