import type { Outcome } from '../../src-shared/domain/outcome.js';
import type { DownwardTable } from '../../src-shared/sync/protocol.js';
import { migrate, readMigrations } from '../storage/migrate.js';
import { openPgClient } from '../storage/pg-client.js';
import { openPgliteClient } from '../storage/pglite-client.js';
import type { SqlClient } from '../storage/sql-client.js';
import { countersStore, type CountersStore } from './counters-store.js';
import { importDownward, type ImportCount } from './downward-store.js';
import { filesStore, type FilesStore } from './files-store.js';
import { pullChanges, type PullPage, type PullQuery } from './pull-store.js';
import { pushBatch, type Batch, type BatchOutcome } from './push-store.js';

/** Everything the HTTP layer needs from storage. */
export interface CityStore {
  readonly kind: SqlClient['kind'];
  readonly counters: CountersStore;
  readonly files: FilesStore;
  push(batch: Batch): Promise<Outcome<BatchOutcome, 'BATCH_OWNED_BY_OTHER_COUNTER'>>;
  pull(query: PullQuery): Promise<PullPage>;
  importDownward(
    table: DownwardTable,
    records: readonly (Record<string, unknown> & { id: string })[],
  ): Promise<ImportCount>;
  close(): Promise<void>;
}

export type StorageConfig =
  | { readonly kind: 'pglite'; readonly dataDir: string }
  | { readonly kind: 'postgres'; readonly connectionString: string; readonly schema?: string };

export interface StoreWorld {
  readonly now: () => Date;
  readonly migrationsDir?: string;
}

/** Opens the database, brings its schema up to date and wires the stores. */
export async function openCityStore(config: StorageConfig, world: StoreWorld): Promise<CityStore> {
  const sql =
    config.kind === 'pglite'
      ? await openPgliteClient(config.dataDir)
      : await openPgClient({
          connectionString: config.connectionString,
          ...(config.schema === undefined ? {} : { schema: config.schema }),
        });
  try {
    await migrate(sql, readMigrations(world.migrationsDir));
  } catch (error) {
    await sql.close();
    throw error;
  }
  return cityStoreOver(sql, world.now);
}

export function cityStoreOver(sql: SqlClient, now: () => Date): CityStore {
  return {
    kind: sql.kind,
    counters: countersStore(sql, now),
    files: filesStore(sql, now),
    push: (batch) => pushBatch(sql, batch, now()),
    pull: (query) => pullChanges(sql, query, now()),
    importDownward: (table, records) => importDownward(sql, table, records, now()),
    close: () => sql.close(),
  };
}
