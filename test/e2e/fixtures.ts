import { test as base } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openBrowserModeHost } from '../fixtures/browser-mode-host.js';

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
    const host = await openBrowserModeHost(dataDir);
    await use({ url: host.url, dataDir });
    await host.close();
    await rm(dataDir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
