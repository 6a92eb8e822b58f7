import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { LoketDatabase } from '../../src-renderer/db/database.js';
import type { RepositoryContext } from '../../src-renderer/db/repository-context.js';

let counter = 0;

/** A fresh in-memory IndexedDB per call (fake-indexeddb), so tests never share state. */
export function createTestDatabase(): LoketDatabase {
  counter += 1;
  return new LoketDatabase(`loket-test-${counter}`, { indexedDB: new IDBFactory(), IDBKeyRange });
}

/** Deterministic clock and ids: ids sort in creation order like UUID v7. */
export function createTestContext(
  db = createTestDatabase(),
  start = Date.parse('2026-11-24T01:00:00Z'),
): RepositoryContext {
  let tick = 0;
  let id = 0;
  return {
    db,
    now: () => new Date(start + 1000 * tick++),
    newId: () => `00000000-0000-7000-8000-${String(++id).padStart(12, '0')}`,
    counterId: 'counter-test',
    officerId: () => 'officer-test',
  };
}
