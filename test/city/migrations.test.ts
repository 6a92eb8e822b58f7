import { mkdtemp, rm, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { defaultMigrationsDir, migrate, readMigrations } from '../../src-city/storage/migrate.js';
import { openPgClient } from '../../src-city/storage/pg-client.js';
import { openPgliteClient } from '../../src-city/storage/pglite-client.js';
import type { SqlClient } from '../../src-city/storage/sql-client.js';
import { describeEachBackend, type TestStorage } from './support/backends.js';
import { startTimeoutMs } from './support/city-harness.js';

function open(storage: TestStorage): Promise<SqlClient> {
  return storage.config.kind === 'pglite'
    ? openPgliteClient(storage.config.dataDir)
    : openPgClient({
        connectionString: storage.config.connectionString,
        ...(storage.config.schema ? { schema: storage.config.schema } : {}),
      });
}

describeEachBackend('Migrasi skema', (backend) => {
  let storage: TestStorage;
  let sql: SqlClient;
  let dir: string;
  beforeAll(async () => {
    storage = await backend.createStorage();
    sql = await open(storage);
    dir = await mkdtemp(join(tmpdir(), 'loket-migrations-'));
    await cp(defaultMigrationsDir, dir, { recursive: true });
  }, startTimeoutMs);
  afterAll(async () => {
    await sql?.close();
    await storage?.cleanup();
    await rm(dir, { recursive: true, force: true });
  }, startTimeoutMs);

  it('applies migrations in order once and records each in schema_migrations', async () => {
    const first = await migrate(sql, readMigrations(dir));
    await writeFile(
      join(dir, '002_counter_notes.sql'),
      'ALTER TABLE counters ADD COLUMN notes text;',
    );
    const second = await migrate(sql, readMigrations(dir));
    const third = await migrate(sql, readMigrations(dir));

    expect(first).toEqual([1]);
    expect(second).toEqual([2]);
    expect(third).toEqual([]);
    const rows = await sql.query('SELECT version, name FROM schema_migrations ORDER BY version');
    expect(rows).toEqual([
      { version: 1, name: 'init' },
      { version: 2, name: 'counter_notes' },
    ]);
  });

  it('lets the database itself refuse a second copy of a change or a batch', async () => {
    const counter = '0195f000-0000-7000-8000-000000000001';
    const batchId = '0195f000-0000-7000-8000-000000000002';
    const changeId = '0195f000-0000-7000-8000-000000000003';
    await sql.query(
      `INSERT INTO counters (id, name, token_hash, enrolled_at) VALUES ($1, 'Loket', $2, now())`,
      [counter, 'f'.repeat(64)],
    );
    const insertBatch = (): Promise<unknown> =>
      sql.query(
        `INSERT INTO batches (batch_id, counter_id, sent_at, received_at, record_count, clock_skew_ms) VALUES ($1, $2, now(), now(), 1, 0)`,
        [batchId, counter],
      );
    const insertChange = (): Promise<unknown> =>
      sql.query(
        `INSERT INTO changes (change_id, table_name, record_id, version, sha256, payload, received_at) VALUES ($1, 'seekers', 'r1', 1, $2, '{}'::jsonb, now())`,
        [changeId, 'e'.repeat(64)],
      );
    await insertBatch();
    await insertChange();

    await expect(insertBatch()).rejects.toMatchObject({ code: '23505' });
    await expect(insertChange()).rejects.toMatchObject({ code: '23505' });
  });

  it('refuses to run an older server on a newer schema', async () => {
    await expect(migrate(sql, readMigrations(defaultMigrationsDir))).rejects.toThrow(
      /perbarui server/,
    );
  });

  it('rolls back a failing migration entirely', async () => {
    await writeFile(
      join(dir, '003_broken.sql'),
      'CREATE TABLE half_done (id int); SELECT no_such_function();',
    );
    await expect(migrate(sql, readMigrations(dir))).rejects.toThrow();
    const tables = await sql.query(
      `SELECT 1 FROM information_schema.tables WHERE table_name = 'half_done'`,
    );
    const versions = await sql.query('SELECT version FROM schema_migrations WHERE version = 3');
    expect([tables.length, versions.length]).toEqual([0, 0]);
  });
});
