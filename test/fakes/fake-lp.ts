import { chmod, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface FakeLp {
  /** Put first on PATH so `lp` resolves to the fake. */
  readonly binDir: string;
  /**
   * Each job: its arguments, the last file (or stdin bytes) lp was given, and copies of every
   * file in argument order (a card sent as images has one per page).
   */
  jobs(): Promise<{ args: string[]; bytes: Buffer; path: string; files: string[] }[]>;
}

/**
 * A stand-in for CUPS `lp`: records its arguments, keeps a copy of the printed file (or of
 * stdin for `-o raw` jobs) and answers like CUPS, or fails with `exitCode` and a message.
 */
export async function installFakeLp(
  dir: string,
  options: { exitCode?: number } = {},
): Promise<FakeLp> {
  const binDir = join(dir, 'bin');
  const jobsDir = join(dir, 'lp-jobs');
  await mkdir(binDir, { recursive: true });
  await mkdir(jobsDir, { recursive: true });
  const exitCode = options.exitCode ?? 0;
  const script = `#!/bin/sh
jobs='${jobsDir}'
n=$(ls "$jobs" | grep -c '\\.args$')
last=''
k=0
for a in "$@"; do
  printf '%s\\n' "$a" >> "$jobs/$n.args"
  if [ -f "$a" ]; then k=$((k+1)); cp "$a" "$jobs/$n.file$k"; fi
  last="$a"
done
if [ -n "$last" ] && [ -f "$last" ]; then cp "$last" "$jobs/$n.data"; else cat > "$jobs/$n.data"; fi
if [ ${exitCode} -ne 0 ]; then echo 'lp: The printer or class does not exist.' >&2; exit ${exitCode}; fi
echo "request id is fake-$n (1 file(s))"
`;
  await writeFile(join(binDir, 'lp'), script);
  await chmod(join(binDir, 'lp'), 0o755);
  return {
    binDir,
    async jobs() {
      const names = (await readdir(jobsDir))
        .filter((n) => n.endsWith('.args'))
        .sort((a, b) => parseInt(a) - parseInt(b));
      return Promise.all(
        names.map(async (name) => {
          const path = join(jobsDir, name.replace('.args', '.data'));
          const args = (await readFile(join(jobsDir, name), 'utf8')).split('\n').slice(0, -1);
          const prefix = `${name.replace('.args', '')}.file`;
          const files = (await readdir(jobsDir))
            .filter((n) => n.startsWith(prefix))
            .sort((a, b) => Number(a.slice(prefix.length)) - Number(b.slice(prefix.length)))
            .map((n) => join(jobsDir, n));
          return { args, bytes: await readFile(path), path, files };
        }),
      );
    },
  };
}
