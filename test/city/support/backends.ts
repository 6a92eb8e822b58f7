import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe } from 'vitest';
import type { StorageConfig } from '../../../src-city/store/city-store.js';

/** A place to keep a city database for one test file, and how to throw it away. */
export interface TestStorage {
  readonly config: StorageConfig;
  cleanup(): Promise<void>;
}

export interface Backend {
  readonly name: string;
  /** Why this backend does not run here, if it does not. */
  readonly skipReason?: string;
  createStorage(): Promise<TestStorage>;
}

const pgUrl = process.env['LOKET_TEST_DATABASE_URL'];

export const backends: readonly Backend[] = [
  {
    name: 'PGlite',
    async createStorage() {
      const dataDir = await mkdtemp(join(tmpdir(), 'loket-city-'));
      return {
        config: { kind: 'pglite', dataDir },
        cleanup: () => rm(dataDir, { recursive: true, force: true }),
      };
    },
  },
  {
    name: 'PostgreSQL',
    ...(pgUrl
      ? {}
      : {
          skipReason:
            'LOKET_TEST_DATABASE_URL tidak diisi (jalankan scripts/start-test-postgres.sh sebagai root)',
        }),
    async createStorage() {
      if (!pgUrl) throw new Error('LOKET_TEST_DATABASE_URL tidak diisi');
      // A schema per test file: files run in parallel on one database without seeing each other.
      const schema = `t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
      return {
        config: { kind: 'postgres', connectionString: pgUrl, schema },
        async cleanup() {
          const client = new pg.Client({ connectionString: pgUrl });
          await client.connect();
          await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
          await client.end();
        },
      };
    },
  },
];

/** Declares `suite` once per storage backend; a backend that cannot run says why. */
export function describeEachBackend(title: string, suite: (backend: Backend) => void): void {
  for (const backend of backends) {
    if (backend.skipReason) {
      console.info(`[${title}] ${backend.name} dilewati: ${backend.skipReason}`);
      describe.skip(`${title} [${backend.name}] (dilewati: ${backend.skipReason})`, () =>
        suite(backend));
    } else {
      describe(`${title} [${backend.name}]`, () => suite(backend));
    }
  }
}
