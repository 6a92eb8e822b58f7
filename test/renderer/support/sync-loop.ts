import type { SyncEngine, SyncRunResult } from '../../../src-renderer/sync/sync-engine.js';

/** Syncs until a run succeeds, at most `maxRuns` times (bounded: a test never spins forever). */
export async function syncUntilDone(engine: SyncEngine, maxRuns = 6): Promise<SyncRunResult[]> {
  const results: SyncRunResult[] = [];
  for (let run = 0; run < maxRuns; run += 1) {
    const result = await engine.syncNow();
    results.push(result);
    if (result.ok) return results;
  }
  throw new Error(
    `Sinkronisasi belum berhasil setelah ${maxRuns} kali: ${JSON.stringify(results.at(-1))}`,
  );
}

/** Polls `check` every 20 ms until it holds, at most `maxMs` (then fails the test). */
export async function waitFor(
  check: () => Promise<boolean> | boolean,
  maxMs = 10_000,
): Promise<void> {
  for (let waited = 0; waited < maxMs; waited += 20) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`Kondisi tidak terpenuhi dalam ${maxMs} ms`);
}
