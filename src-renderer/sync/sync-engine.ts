import type { Failure } from '../../src-shared/domain/outcome.js';
import { backoffDelay, defaultBackoff } from './backoff.js';
import { recordRunEnd } from './run-record.js';
import { runSync, type RunOutcome } from './sync-run.js';
import { initialStatus, readStatus, type StatusMemory, type SyncStatus } from './sync-status.js';
import type { SyncEngineWorld, SyncOptions } from './sync-world.js';

export type SyncRunResult = RunOutcome | { readonly ok: false; readonly busy: true };

export interface SyncEngine {
  /** Listens for the network coming back and syncs now, then on its own schedule. */
  start(): void;
  /** Stops scheduling; a run in flight finishes (its results are stored). */
  stop(): void;
  /** "Sinkronkan sekarang": runs at once (or joins the run in flight). */
  syncNow(): Promise<SyncRunResult>;
  /** Re-reads counts from the database (after the officer saved something). */
  refresh(): Promise<SyncStatus>;
  status(): SyncStatus;
  subscribe(listener: (status: SyncStatus) => void): () => void;
}

export const defaultSyncOptions: SyncOptions = {
  intervalMs: 60_000,
  backoff: defaultBackoff,
  batchSize: 500,
  pullLimit: 500,
  staleDays: 3,
  maxBatchesPerRun: 1000,
  maxPagesPerRun: 1000,
};

function linkAfter(error: Failure): StatusMemory['link'] {
  if (error.code === 'SYNC_NETWORK' || error.code === 'HOST_UNREACHABLE') return 'offline';
  if (error.code === 'SYNC_NOT_ENROLLED') return 'not-enrolled';
  if (error.code === 'SYNC_UNAUTHORISED') return 'unauthorised';
  return 'error';
}

export function createSyncEngine(world: SyncEngineWorld): SyncEngine {
  const options: SyncOptions = { ...defaultSyncOptions, ...world.options };
  const listeners = new Set<(status: SyncStatus) => void>();
  let current: SyncStatus = { ...initialStatus, staleDays: options.staleDays };
  let memory: StatusMemory = { link: 'unknown', syncing: false, nextAttemptAt: null };
  let failures = 0;
  let cancelTimer: (() => void) | undefined;
  let running: Promise<SyncRunResult> | undefined;
  let again = false;
  let started = false;
  let unlisten: (() => void) | undefined;

  let refreshes = 0;
  async function refresh(): Promise<SyncStatus> {
    const mine = ++refreshes;
    const next = await readStatus(world.db, world.now(), memory, options.staleDays);
    // Reads overlap (a run starts while the screen refreshes): only the newest one is shown.
    if (mine !== refreshes) return current;
    current = next;
    for (const listener of listeners) listener(current);
    return current;
  }

  function setMemory(change: Partial<StatusMemory>): Promise<SyncStatus> {
    memory = { ...memory, ...change };
    return refresh();
  }

  function schedule(ms: number): void {
    if (!started) return;
    cancelTimer?.();
    cancelTimer = world.scheduler.setTimer(() => {
      cancelTimer = undefined;
      void syncNow();
    }, ms);
    memory = { ...memory, nextAttemptAt: new Date(world.now().getTime() + ms).toISOString() };
  }

  async function runLocked(): Promise<SyncRunResult> {
    const skews: string[] = [];
    const locked = await world.lock.tryRun(() =>
      runSync(world, options, (serverTime) => skews.push(serverTime)),
    );
    if (!locked.ran) return { ok: false, busy: true };
    await recordRunEnd(world, locked.value, skews.at(-1));
    return locked.value;
  }

  async function runAndSchedule(): Promise<SyncRunResult> {
    void setMemory({ syncing: true, nextAttemptAt: null });
    const result = await runLocked().catch((error: unknown): SyncRunResult => ({
      ok: false,
      error: { code: 'INTERNAL', message: `Sinkronisasi gagal: ${String(error)}` },
      progressed: false,
    }));
    if (result.ok) {
      failures = 0;
      schedule(options.intervalMs);
      await setMemory({ syncing: false, link: 'online' });
    } else if ('busy' in result) {
      // Another window of this PC is syncing: look again later.
      schedule(options.intervalMs);
      await setMemory({ syncing: false });
    } else {
      // A run that got some batches through before failing starts the backoff again.
      failures = 'progressed' in result && result.progressed ? 1 : failures + 1;
      if (result.error.code !== 'SYNC_NOT_ENROLLED')
        schedule(backoffDelay(options.backoff, failures, world.random));
      await setMemory({ syncing: false, link: linkAfter(result.error) });
    }
    return result;
  }

  function syncNow(): Promise<SyncRunResult> {
    if (running) {
      again = true;
      return running;
    }
    const run = (async () => {
      let result = await runAndSchedule();
      // Asked again while running (network back, officer pressed the button): one more pass.
      for (let extra = 0; again && extra < 3; extra += 1) {
        again = false;
        result = await runAndSchedule();
      }
      return result;
    })();
    running = run.finally(() => {
      running = undefined;
    });
    return running;
  }

  return {
    start() {
      if (started) return;
      started = true;
      unlisten = world.network.onOnline(() => {
        failures = 0;
        void syncNow();
      });
      void syncNow();
    },
    stop() {
      started = false;
      unlisten?.();
      cancelTimer?.();
      cancelTimer = undefined;
    },
    syncNow,
    refresh,
    status: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
