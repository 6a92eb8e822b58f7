import { chmod, mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Two writes in flight to one target must not share a temporary file. */
let sequence = 0;

/**
 * Writes to a temporary name next to the target and renames it over, so a crash or a full disk
 * never leaves half a file where the last good one was. `mode` restricts who may read it.
 */
export async function writeFileAtomic(
  target: string,
  text: string,
  options: { readonly mode?: number } = {},
): Promise<void> {
  await mkdir(dirname(target), { recursive: true });
  sequence += 1;
  const temp = `${target}.${process.pid}.${sequence}.tmp`;
  await writeFile(temp, text, options.mode === undefined ? {} : { mode: options.mode });
  // writeFile leaves an existing temp file's mode as it was.
  if (options.mode !== undefined) await chmod(temp, options.mode);
  await rename(temp, target);
}
