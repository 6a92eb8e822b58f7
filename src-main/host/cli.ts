/**
 * Browser-mode composition root: the real services behind the HTTP host, for `npm start` on a
 * machine without the Electron binary and for the end-to-end tests.
 *
 *   node dist/main/host.mjs [--port 5171] [--data-dir DIR] [--static-dir DIR]
 */
import { randomBytes } from 'node:crypto';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createLogger } from '../platform/logger.js';
import { createHandlers } from '../services.js';
import { createMainWorld } from '../world.js';
import { startHost } from './server.js';

const defaultPort = 5171;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      'data-dir': { type: 'string' },
      'static-dir': { type: 'string' },
    },
  });
  const logger = createLogger(
    (line) => process.stderr.write(`${line}\n`),
    () => new Date(),
  );
  const dataDir = resolve(
    values['data-dir'] ?? process.env.LOKET_DATA_DIR ?? join(homedir(), '.loket-ak1'),
  );
  const staticDir = resolve(
    values['static-dir'] ?? fileURLToPath(new URL('../renderer/', import.meta.url)),
  );
  const requestedPort = Number(values.port ?? process.env.LOKET_PORT ?? defaultPort);

  const world = await createMainWorld({
    dataDir,
    mode: 'browser',
    version: process.env.npm_package_version ?? '0.1.0',
    logger,
  });
  const handlers = createHandlers(world);
  const token = randomBytes(32).toString('hex');
  const start = (port: number) => startHost({ handlers, staticDir, token, port, logger });
  const host = await start(requestedPort).catch(async (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EADDRINUSE' || values.port !== undefined) throw error;
    logger.warn(`port ${requestedPort} sedang dipakai, memakai port lain`);
    return start(0);
  });

  process.stdout.write(`Loket AK/I (mode browser) berjalan di ${host.url}\nData: ${dataDir}\n`);
  const stop = (): void => {
    void host.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Loket AK/I tidak dapat dimulai: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
