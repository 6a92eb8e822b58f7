import type { Failure } from '../../src-shared/domain/outcome.js';
import type { LoketDatabase } from '../db/database.js';
import { applyPullPage } from './pull-apply.js';
import { readSyncState } from './sync-state-store.js';
import type { SyncTransport } from './sync-transport.js';

export type PullRun =
  | { readonly ok: true; readonly applied: number; readonly serverTime?: string }
  | {
      readonly ok: false;
      readonly error: Failure;
      readonly applied: number;
      readonly serverTime?: string;
    };

/**
 * Pulls pages since the stored cursor until the feed is exhausted (at most `maxPages` per run, so
 * one run never grows without bound); each page is applied with its cursor in one transaction.
 */
export async function pullAll(
  world: {
    readonly db: LoketDatabase;
    readonly transport: SyncTransport;
    readonly now: () => Date;
    readonly pullLimit?: number;
  },
  maxPages = 200,
): Promise<PullRun> {
  let applied = 0;
  let serverTime: string | undefined;
  for (let page = 0; page < maxPages; page += 1) {
    const { cursor } = await readSyncState(world.db);
    const reply = await world.transport.pull({
      ...(cursor === undefined ? {} : { cursor }),
      limit: world.pullLimit ?? 500,
    });
    if (!reply.ok)
      return { ok: false, error: reply.error, applied, ...(serverTime ? { serverTime } : {}) };
    await applyPullPage(world.db, reply.value, world.now);
    applied += reply.value.changes.length;
    serverTime = reply.value.serverTime;
    if (!reply.value.hasMore) break;
  }
  return { ok: true, applied, ...(serverTime ? { serverTime } : {}) };
}
