/**
 * One syncing engine per PC: several windows or tabs of the app share one IndexedDB, and two
 * engines pushing the same outbox would only race. The lock is injected so Node tests can use
 * the in-process one.
 */
export interface SyncLock {
  /** Runs `task` if nobody holds the lock; `{ ran: false }` when another instance is syncing. */
  tryRun<T>(task: () => Promise<T>): Promise<{ ran: true; value: T } | { ran: false }>;
}

export const syncLockName = 'loket-sync';

/** The Web Locks API: held across every tab and window of this origin, released on crash. */
type Ran<T> = { ran: true; value: T } | { ran: false };

export function createWebLock(locks: LockManager, name = syncLockName): SyncLock {
  return {
    async tryRun<T>(task: () => Promise<T>) {
      const result: Ran<T> = await locks.request(
        name,
        { ifAvailable: true },
        async (lock): Promise<Ran<T>> =>
          lock === null ? { ran: false } : { ran: true, value: await task() },
      );
      return result;
    },
  };
}

/** A lock inside one JavaScript realm (Node tests; browsers without Web Locks). */
export function createLocalLock(): SyncLock {
  let held = false;
  return {
    async tryRun<T>(task: () => Promise<T>) {
      if (held) return { ran: false as const };
      held = true;
      try {
        return { ran: true as const, value: await task() };
      } finally {
        held = false;
      }
    },
  };
}
