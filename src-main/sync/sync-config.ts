import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../platform/atomic-file.js';

/** What the counter keeps about its link to the city system. The token never leaves main. */
export interface SyncConfig {
  readonly serverUrl: string | null;
  readonly counterId: string | null;
  readonly counterName: string | null;
  readonly deviceToken: string | null;
  readonly enrolledAt: string | null;
}

export const emptySyncConfig: SyncConfig = {
  serverUrl: null,
  counterId: null,
  counterName: null,
  deviceToken: null,
  enrolledAt: null,
};

const fileName = 'sync.json';
const stringOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);

export async function readSyncConfig(dataDir: string): Promise<SyncConfig> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(join(dataDir, fileName), 'utf8'));
  } catch {
    // Never enrolled (no file yet), or a damaged file: the officer enrols again.
    return emptySyncConfig;
  }
  if (typeof raw !== 'object' || raw === null) return emptySyncConfig;
  const record: Record<string, unknown> = { ...raw };
  return {
    serverUrl: stringOrNull(record['serverUrl']),
    counterId: stringOrNull(record['counterId']),
    counterName: stringOrNull(record['counterName']),
    deviceToken: stringOrNull(record['deviceToken']),
    enrolledAt: stringOrNull(record['enrolledAt']),
  };
}

/**
 * Written to a temporary name with mode 0600 and renamed, so the token is never readable by
 * other users of the PC and a crash never leaves half a file.
 */
export async function writeSyncConfig(dataDir: string, config: SyncConfig): Promise<void> {
  await writeFileAtomic(join(dataDir, fileName), JSON.stringify(config, null, 2), { mode: 0o600 });
}
