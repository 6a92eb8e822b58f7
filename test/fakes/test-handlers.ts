import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMemoryLogger } from '../../src-main/platform/logger.js';
import { createHandlers } from '../../src-main/services.js';
import { createMainWorld } from '../../src-main/world.js';

/** The real services over a fresh temporary data folder, as both transports see them. */
export async function createTestHandlers() {
  const dataDir = await mkdtemp(join(tmpdir(), 'loket-main-'));
  const logger = createMemoryLogger();
  const world = await createMainWorld({
    dataDir,
    mode: 'browser',
    version: 'test',
    logger,
    now: () => new Date('2026-11-24T01:00:00Z'),
  });
  return { handlers: createHandlers(world), dataDir, logger, world };
}
