import { test as base } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHost } from '../../src-main/host/server.js';
import { createMemoryLogger } from '../../src-main/platform/logger.js';
import { createHandlers } from '../../src-main/services.js';
import { createMainWorld } from '../../src-main/world.js';

export interface RunningApp {
  readonly url: string;
  readonly dataDir: string;
}

/**
 * Every test gets its own host with its own data folder, in front of the built renderer
 * (dist/renderer), and Playwright gives it a fresh browser profile: nothing leaks between tests.
 */
export const test = base.extend<{ app: RunningApp }>({
  // Playwright reads the fixture's dependencies from this destructuring pattern; this one has none.
  // eslint-disable-next-line no-empty-pattern
  app: async ({}, use) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'loket-e2e-'));
    const host = await openHost(dataDir);
    await use({ url: host.url, dataDir });
    await host.close();
    await rm(dataDir, { recursive: true, force: true });
  },
});

/**
 * The browser-mode host over a data folder, as `npm start` runs it. A test that opens a second
 * one over the same (or a copied) folder sees what the app finds after a restart.
 */
export async function openHost(dataDir: string): Promise<{ url: string; close(): Promise<void> }> {
  const logger = createMemoryLogger();
  const world = await createMainWorld({ dataDir, mode: 'browser', version: 'e2e', logger });
  return startHost({
    handlers: createHandlers(world),
    staticDir: 'dist/renderer',
    token: `token-${Math.random().toString(16).slice(2)}`,
    port: 0,
    logger,
  });
}

export { expect } from '@playwright/test';
