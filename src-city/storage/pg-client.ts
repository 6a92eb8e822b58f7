import pg from 'pg';
import type { SqlClient, SqlQueryable } from './sql-client.js';

export interface PgOptions {
  readonly connectionString: string;
  /** Schema to work in (created if missing); tests use a throwaway one per run. */
  readonly schema?: string;
  readonly maxConnections?: number;
}

/** A real PostgreSQL server through a node-postgres pool. */
export async function openPgClient(options: PgOptions): Promise<SqlClient> {
  const schema = options.schema;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new Error(`Nama skema tidak sah: ${schema}`);
  }
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.maxConnections ?? 10,
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
  });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  if (schema !== undefined) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);

  const queryable = (client: pg.Pool | pg.PoolClient): SqlQueryable => ({
    query: async (text, params) => (await client.query(text, params ? [...params] : [])).rows,
    exec: async (script) => {
      await client.query(script);
    },
  });

  return {
    kind: 'postgres',
    ...queryable(pool),
    transaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(queryable(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
