import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CounterIdentity } from '../../src-shared/ipc/channels/app.js';

/**
 * The counter's identity lives in its data folder: written once on first run and then never
 * changed, because every record and registration number this PC issues carries it.
 */
export async function loadCounterIdentity(
  dataDir: string,
  newId: () => string,
  defaults: { readonly code: string; readonly name: string } = { code: '01', name: 'Loket 1' },
): Promise<CounterIdentity> {
  const file = join(dataDir, 'counter.json');
  try {
    const stored = JSON.parse(await readFile(file, 'utf8')) as Partial<CounterIdentity>;
    if (
      typeof stored.id === 'string' &&
      typeof stored.code === 'string' &&
      typeof stored.name === 'string'
    ) {
      return { id: stored.id, code: stored.code, name: stored.name };
    }
  } catch {
    // First run, or an unreadable file: write a fresh identity below.
  }
  const identity: CounterIdentity = { id: newId(), ...defaults };
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, JSON.stringify(identity, null, 2));
  return identity;
}

/** Changes the counter's code and name; its id never changes. */
export async function saveCounterIdentity(
  dataDir: string,
  identity: CounterIdentity,
): Promise<void> {
  await mkdir(dataDir, { recursive: true });
  await writeFile(join(dataDir, 'counter.json'), JSON.stringify(identity, null, 2));
}
