import type { Failure } from '../../src-shared/domain/outcome.js';
import { skewWarningMs } from './sync-status.js';
import { updateSyncState } from './sync-state-store.js';
import type { SyncEngineWorld } from './sync-world.js';

const skewLogSize = 50;

/**
 * Stores how a run ended: last success or last error, and the clock skew measured against the
 * server's answer. A skew beyond the warning threshold is logged (shown, never blocking).
 */
export async function recordRunEnd(
  world: Pick<SyncEngineWorld, 'db' | 'now'>,
  result: { readonly ok: true } | { readonly ok: false; readonly error: Failure },
  serverTime: string | undefined,
): Promise<void> {
  const { db } = world;
  const now = world.now();
  const at = now.toISOString();
  const skewMs = serverTime === undefined ? undefined : now.getTime() - Date.parse(serverTime);
  await db.transaction('rw', db.syncState, () =>
    updateSyncState(db, (state) => ({
      lastAttemptAt: at,
      ...(result.ok
        ? { lastSuccessAt: at }
        : { lastError: { code: result.error.code, message: result.error.message, at } }),
      ...(skewMs === undefined
        ? {}
        : {
            clockSkewMs: skewMs,
            clockSkewAt: at,
            ...(Math.abs(skewMs) > skewWarningMs
              ? { skewLog: [...(state.skewLog ?? []), { at, skewMs }].slice(-skewLogSize) }
              : {}),
          }),
    })),
  );
}
