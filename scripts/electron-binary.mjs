import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Where the Electron binary is, or why there is none. Electron >= 42 downloads its binary on the
 * first `require('electron')`; offline that throws. We ask in a child process so the failed
 * download (which also logs asynchronously) cannot disturb the caller, with a time limit.
 * @returns {{ path: string } | { reason: string }}
 */
export function findElectronBinary() {
  const probe = spawnSync(
    process.execPath,
    ['-e', "process.stdout.write(String(require('electron')))"],
    {
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  const path = probe.stdout.trim();
  if (probe.status === 0 && path && existsSync(path)) return { path };
  const firstLine =
    (probe.stderr || probe.error?.message || 'tidak diketahui').split('\n').find((l) => l.trim()) ??
    '';
  return { reason: firstLine.trim().slice(0, 200) };
}
