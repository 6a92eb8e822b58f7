import type { LoketDatabase } from '../db/database.js';
import type { BackoffPolicy } from './backoff.js';
import type { SyncLock } from './sync-lock.js';
import type { SyncTransport } from './sync-transport.js';

/** Timers, injected so tests decide when a retry fires. */
export interface SyncScheduler {
  /** Runs `task` once after `ms`; returns how to cancel it. */
  setTimer(task: () => void, ms: number): () => void;
}

/** navigator.onLine and the online/offline events, injected for tests. */
export interface NetworkSignal {
  isOnline(): boolean;
  /** Calls back when the network returns; returns how to stop listening. */
  onOnline(listener: () => void): () => void;
}

export interface SyncOptions {
  /** Pause between successful runs. */
  readonly intervalMs: number;
  readonly backoff: BackoffPolicy;
  readonly batchSize: number;
  readonly pullLimit: number;
  /** Default "no sync for N days" threshold (the counter may store its own). */
  readonly staleDays: number;
  /** Bounds of one run, so a run always ends. */
  readonly maxBatchesPerRun: number;
  readonly maxPagesPerRun: number;
}

export interface SyncEngineWorld {
  readonly db: LoketDatabase;
  readonly transport: SyncTransport;
  readonly now: () => Date;
  readonly newId: () => string;
  readonly random: () => number;
  readonly scheduler: SyncScheduler;
  readonly lock: SyncLock;
  readonly network: NetworkSignal;
  readonly options?: Partial<SyncOptions>;
}
