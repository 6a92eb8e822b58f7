import { Dexie, type DexieOptions, type EntityTable } from 'dexie';
import type { Seeker } from '../../src-shared/domain/seeker.js';
import type { OutboxEntry } from '../../src-shared/sync/outbox-entry.js';

export const defaultDatabaseName = 'loket-ak1';

/**
 * The counter's IndexedDB. Synced tables only ever change additively (new tables, new indexes):
 * records already pushed must stay readable by every later version.
 */
export class LoketDatabase extends Dexie {
  seekers!: EntityTable<Seeker, 'id'>;
  outbox!: EntityTable<OutboxEntry, 'seq'>;

  /** `options` lets tests inject fake-indexeddb ({ indexedDB, IDBKeyRange }). */
  constructor(name: string = defaultDatabaseName, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({
      // &nik: one seeker per NIK, enforced by IndexedDB itself.
      seekers: 'id, &nik, nameKey, birthDate, updatedAt',
      outbox: '++seq, &changeId, [table+recordId], nextAttemptAt',
    });
  }
}
