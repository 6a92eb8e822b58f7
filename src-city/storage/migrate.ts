import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SqlClient } from './sql-client.js';
import { int } from './row.js';

export const defaultMigrationsDir = fileURLToPath(new URL('../migrations/', import.meta.url));

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

const fileName = /^(\d{3})_([a-z0-9_]+)\.sql$/;

/** Migrations are files NNN_name.sql, applied in version order, never edited once released. */
export function readMigrations(dir: string = defaultMigrationsDir): Migration[] {
  return readdirSync(dir)
    .flatMap((file) => {
      const match = fileName.exec(file);
      if (!match?.[1] || !match[2]) return [];
      return [
        { version: Number(match[1]), name: match[2], sql: readFileSync(join(dir, file), 'utf8') },
      ];
    })
    .sort((a, b) => a.version - b.version);
}

/**
 * Applies the missing migrations, each in its own transaction with its schema_migrations row.
 * An advisory lock keeps two servers starting on one database from applying one twice.
 */
export async function migrate(sql: SqlClient, migrations: readonly Migration[]): Promise<number[]> {
  await sql.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
  const applied: number[] = [];
  for (const migration of migrations) {
    const done = await sql.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(7270001)');
      const rows = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [
        migration.version,
      ]);
      if (rows.length > 0) return false;
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ]);
      return true;
    });
    if (done) applied.push(migration.version);
  }
  const newest = await sql.query('SELECT coalesce(max(version), 0) AS v FROM schema_migrations');
  const known = migrations.at(-1)?.version ?? 0;
  const row = newest[0];
  if (row && int(row, 'v') > known) {
    throw new Error(
      `Basis data berskema versi ${int(row, 'v')}, server ini hanya mengenal ${known}: perbarui server.`,
    );
  }
  return applied;
}
