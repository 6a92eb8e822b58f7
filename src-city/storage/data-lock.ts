import { readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * PGlite must be opened by one process at a time: two would corrupt the folder. The lock file
 * holds the owner's pid; a lock left by a dead process is taken over.
 */
export function lockDataDir(
  dataDir: string,
  pid: number = process.pid,
): { release(): void } | { busyBy: number } {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'loket-city.lock');
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      writeFileSync(file, String(pid), { flag: 'wx' });
      return { release: () => rmSync(file, { force: true }) };
    } catch {
      const owner = Number(readFileSync(file, 'utf8'));
      if (Number.isInteger(owner) && owner > 0 && isAlive(owner)) return { busyBy: owner };
      rmSync(file, { force: true });
    }
  }
  return { busyBy: -1 };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error instanceof Error && 'code' in error && error.code === 'EPERM';
  }
}
