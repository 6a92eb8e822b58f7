import type { LoketApi } from '../api.js';
import { createLocalLock, createWebLock } from './sync-lock.js';
import { createApiTransport } from './sync-transport.js';
import type { SyncEngineWorld } from './sync-world.js';

/**
 * The real world of the engine in a window: main-process transport, window timers, Web Locks
 * (one syncing window per PC) and the online event. Safe to call where there is no window
 * (Node tests of other screens): it then only builds what it can.
 */
export function browserSyncWorld(api: LoketApi): Omit<SyncEngineWorld, 'db' | 'now' | 'newId'> {
  const win = typeof window === 'undefined' ? undefined : window;
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  return {
    transport: createApiTransport(api),
    random: Math.random,
    scheduler: {
      setTimer: (task, ms) => {
        const handle = setTimeout(task, ms);
        return () => clearTimeout(handle);
      },
    },
    lock: locks ? createWebLock(locks) : createLocalLock(),
    network: {
      isOnline: () => (typeof navigator === 'undefined' ? true : navigator.onLine),
      onOnline: (listener) => {
        win?.addEventListener('online', listener);
        return () => win?.removeEventListener('online', listener);
      },
    },
  };
}
