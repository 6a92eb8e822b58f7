import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * A stand-in for CUPS `lpstat` in `dir/bin` answering `-e` (the destinations) and `-d` (the
 * default) as CUPS 2 does. Returns the folder to put first on PATH.
 */
export async function installFakeLpstat(
  dir: string,
  destinations: readonly string[],
  defaultName?: string,
): Promise<string> {
  const bin = join(dir, 'bin');
  await mkdir(bin, { recursive: true });
  const script = `#!/bin/sh
case "$1" in
  -e) printf '${destinations.map((d) => `${d}\\n`).join('')}' ;;
  -d) ${defaultName ? `echo 'system default destination: ${defaultName}'` : "echo 'no system default destination'"} ;;
esac
`;
  await writeFile(join(bin, 'lpstat'), script);
  await chmod(join(bin, 'lpstat'), 0o755);
  return bin;
}
