import { useEffect, useSyncExternalStore } from 'react';
import { initialStatus, type SyncStatus } from '../../sync/sync-status.js';
import type { SyncServices } from '../../sync/sync-services.js';
import { useServices } from '../../app/services.js';

const refreshMs = 5_000;
const noop = () => () => undefined;
const idle = () => initialStatus;

/**
 * The engine's status for a screen, re-read every few seconds so "records waiting" follows
 * what the officer saves. Without sync services (some tests) it stays at the initial status.
 */
export function useSyncStatus(): { readonly status: SyncStatus; readonly sync?: SyncServices } {
  const { sync } = useServices();
  const engine = sync?.engine;
  const status = useSyncExternalStore(
    engine ? engine.subscribe : noop,
    engine ? engine.status : idle,
  );
  useEffect(() => {
    if (!engine) return undefined;
    void engine.refresh();
    const timer = window.setInterval(() => void engine.refresh(), refreshMs);
    return () => window.clearInterval(timer);
  }, [engine]);
  return sync ? { status, sync } : { status };
}
