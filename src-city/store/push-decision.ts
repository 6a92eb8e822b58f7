import { versionedTables, type SyncedTable } from '../../src-shared/sync/protocol.js';

export interface Snapshot {
  readonly version: number;
  readonly sha256: string;
  readonly counterId: string | null;
}

export type Decision =
  /** Stored in the feed; `current` when it becomes the record's current snapshot. */
  | { readonly kind: 'accept'; readonly current: boolean }
  | { readonly kind: 'duplicate' }
  | { readonly kind: 'conflict' };

/**
 * What to do with a new change (its change id not seen before) given the server's current
 * snapshot of the record.
 * - A higher version than the server's wins: the counter edited what the server has (or newer).
 * - The same version with the same content is a duplicate, whoever sent it.
 * - A version at or below the server's from ANOTHER counter, with different content, on a
 *   versioned table (seekers) is a concurrent edit: a conflict for an officer to resolve.
 * - Otherwise (append-only tables, or a late change from the counter that wrote the current
 *   version) it is kept as history and does not replace the current snapshot.
 */
export function decide(
  table: SyncedTable,
  current: Snapshot | undefined,
  incoming: Snapshot,
): Decision {
  if (current === undefined || incoming.version > current.version)
    return { kind: 'accept', current: true };
  if (incoming.version === current.version && incoming.sha256 === current.sha256)
    return { kind: 'duplicate' };
  if (versionedTables.includes(table) && current.counterId !== incoming.counterId)
    return { kind: 'conflict' };
  return { kind: 'accept', current: false };
}
