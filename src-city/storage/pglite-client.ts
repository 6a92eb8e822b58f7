import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { SqlClient, SqlQueryable, SqlRow } from './sql-client.js';

/**
 * Embedded PostgreSQL (WASM) in a data folder. One process at a time may open a folder: stop the
 * server before opening the same folder from the CLI.
 */
export async function openPgliteClient(dataDir: string): Promise<SqlClient> {
  mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir);
  return {
    kind: 'pglite',
    query: async (text, params) => (await db.query<SqlRow>(text, params ? [...params] : [])).rows,
    exec: async (script) => {
      await db.exec(script);
    },
    // PGlite is one connection: its transaction holds a lock that queues every other query.
    transaction: (work) =>
      db.transaction((tx) => {
        const queryable: SqlQueryable = {
          query: async (text, params) =>
            (await tx.query<SqlRow>(text, params ? [...params] : [])).rows,
          exec: async (script) => {
            await tx.exec(script);
          },
        };
        return work(queryable);
      }),
    close: () => db.close(),
  };
}
