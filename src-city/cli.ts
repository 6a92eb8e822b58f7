import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { enrolmentCodeResponseSchema, paths } from '../src-shared/sync/protocol.js';
import { startCityServer } from './server.js';
import { openCityStore, type StorageConfig } from './store/city-store.js';
import { lockDataDir } from './storage/data-lock.js';

const usage = `Server kota Loket AK/I

  tsx src-city/cli.ts serve [--port 8780] [--host 127.0.0.1] [--data .data/city] [--admin-token T]
  tsx src-city/cli.ts enrol-code [--valid-hours 24] [--url http://127.0.0.1:8780 --admin-token T | --data .data/city]

Penyimpanan: PGlite di folder --data, atau PostgreSQL bila DATABASE_URL diisi.
Token admin: --admin-token atau LOKET_CITY_ADMIN_TOKEN; tanpa itu "serve" membuat token sesi.`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    port: { type: 'string', default: '8780' },
    host: { type: 'string', default: '127.0.0.1' },
    data: { type: 'string', default: '.data/city' },
    'admin-token': { type: 'string' },
    'valid-hours': { type: 'string', default: '24' },
    url: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

/** A whole number in range from a flag, or exit with the fix. */
function integerFlag(name: string, text: string, min: number, max: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) {
    console.error(`--${name} harus bilangan bulat ${min}..${max}, bukan "${text}".`);
    process.exit(1);
  }
  return value;
}

const databaseUrl = process.env['DATABASE_URL'];
const adminToken = values['admin-token'] ?? process.env['LOKET_CITY_ADMIN_TOKEN'];
const now = (): Date => new Date();

function storageConfig(): StorageConfig {
  return databaseUrl
    ? { kind: 'postgres', connectionString: databaseUrl }
    : { kind: 'pglite', dataDir: resolve(values.data) };
}

/** PGlite folders are single-process; PostgreSQL needs no lock. */
function takeLock(): () => void {
  if (databaseUrl) return () => undefined;
  const lock = lockDataDir(resolve(values.data));
  if ('busyBy' in lock) {
    console.error(
      `Folder data ${values.data} sedang dipakai proses ${lock.busyBy}. Hentikan dulu, atau pakai --url dengan token admin.`,
    );
    process.exit(1);
  }
  return lock.release;
}

async function serve(): Promise<void> {
  const release = takeLock();
  const store = await openCityStore(storageConfig(), { now });
  const token = adminToken ?? randomBytes(24).toString('base64url');
  const server = await startCityServer({
    store,
    now,
    adminToken: token,
    host: values.host,
    port: integerFlag('port', values.port, 1, 65535),
    log: (line) => console.error(line),
  });
  console.log(
    `Server kota berjalan di ${server.url} (penyimpanan: ${store.kind === 'pglite' ? `PGlite ${values.data}` : 'PostgreSQL'})`,
  );
  if (adminToken === undefined) console.log(`Token admin sesi ini: ${token}`);
  const stop = async (): Promise<void> => {
    await server.close();
    await store.close();
    release();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

async function enrolCode(): Promise<void> {
  const validHours = integerFlag('valid-hours', values['valid-hours'], 1, 24 * 14);
  if (values.url) {
    const response = await fetch(new URL(paths.adminEnrolmentCodes, values.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${adminToken ?? ''}` },
      body: JSON.stringify({ validHours }),
    });
    const body: unknown = await response.json();
    const parsed = enrolmentCodeResponseSchema.safeParse(body);
    if (!parsed.success) {
      console.error(`Server menolak (${response.status}): ${JSON.stringify(body)}`);
      process.exit(1);
    }
    printCode(parsed.data.code, parsed.data.expiresAt);
    return;
  }
  const release = takeLock();
  const store = await openCityStore(storageConfig(), { now });
  try {
    const issued = await store.counters.issueEnrolmentCode(validHours);
    printCode(issued.code, issued.expiresAt);
  } finally {
    await store.close();
    release();
  }
}

function printCode(code: string, expiresAt: string): void {
  console.log(`Kode pendaftaran loket: ${code}`);
  console.log(
    `Berlaku sampai ${expiresAt}; sekali pakai. Ketik di Pengaturan > Sinkronisasi pada loket.`,
  );
}

const command = positionals[0];
if (values.help || command === undefined) {
  console.log(usage);
} else if (command === 'serve') {
  await serve();
} else if (command === 'enrol-code') {
  await enrolCode();
} else {
  console.error(`Perintah tidak dikenal: ${command}\n\n${usage}`);
  process.exit(1);
}
