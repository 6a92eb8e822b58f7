import type { Failure } from '../../src-shared/domain/outcome.js';
import { uploadPendingFiles } from './file-step.js';
import { pullAll } from './pull-step.js';
import { pushOnce } from './push-step.js';
import type { SyncEngineWorld, SyncOptions } from './sync-world.js';

export type RunOutcome =
  | {
      readonly ok: true;
      readonly pushed: number;
      readonly pulled: number;
      readonly uploaded: number;
    }
  /** `progressed`: some batches or pages went through before the failure. */
  | { readonly ok: false; readonly error: Failure; readonly progressed: boolean };

/**
 * One sync: push the whole outbox in batches, upload the files those records need, then pull
 * what other counters recorded. Stops at the first failure (the engine retries the whole run;
 * everything done so far is stored). `onServerTime` sees the server clock of every answer.
 */
export async function runSync(
  world: SyncEngineWorld,
  options: SyncOptions,
  onServerTime: (serverTime: string) => void,
): Promise<RunOutcome> {
  const push = { ...world, batchSize: options.batchSize };
  let pushed = 0;
  for (let batch = 0; batch < options.maxBatchesPerRun; batch += 1) {
    const step = await pushOnce(push);
    if (step.kind === 'failed') return { ok: false, error: step.error, progressed: pushed > 0 };
    if (step.kind === 'empty') break;
    onServerTime(step.serverTime);
    pushed += step.records;
  }
  const files = await uploadPendingFiles(world);
  if (!files.ok) return { ok: false, error: files.error, progressed: pushed > 0 };
  const pull = await pullAll({ ...world, pullLimit: options.pullLimit }, options.maxPagesPerRun);
  if (pull.serverTime) onServerTime(pull.serverTime);
  if (!pull.ok) return { ok: false, error: pull.error, progressed: pushed > 0 || pull.applied > 0 };
  return { ok: true, pushed, pulled: pull.applied, uploaded: files.uploaded };
}
