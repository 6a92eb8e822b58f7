import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { parse } from 'yaml';
import { invokeChannels } from '../../src-shared/ipc/contract.js';

/** The packaged app's entry points, checked without the Electron binary. */
test.describe('the app bundle', () => {
  test('package.json main and the builder file list point at the built bundle', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { main: string };
    expect(existsSync(pkg.main)).toBe(true);
    expect(existsSync('dist/main/preload.cjs')).toBe(true);
    expect(existsSync('dist/renderer/index.html')).toBe(true);
    const builder = parse(readFileSync('electron-builder.yml', 'utf8')) as {
      files: string[];
      win: { target: { target: string }[] };
      linux: { target: string[] };
    };
    expect(builder.files).toContain('dist/main/**/*');
    expect(builder.win.target.map((t) => t.target)).toEqual(['nsis']);
    expect(builder.linux.target).toEqual(['AppImage', 'deb']);
  });

  test('the preload exposes one function per contract channel and nothing else', async () => {
    const exposed: Record<string, unknown> = {};
    const invoked: unknown[][] = [];
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
      ipcRenderer: { invoke: (...args: unknown[]) => (invoked.push(args), Promise.resolve('ok')) },
    };
    const module = { exports: {} };
    runInNewContext(readFileSync('dist/main/preload.cjs', 'utf8'), {
      module,
      exports: module.exports,
      require: (name: string) => {
        if (name === 'electron') return electron;
        throw new Error(`preload must not require ${name}`);
      },
    });
    expect(Object.keys(exposed)).toEqual(['loket']);
    const api = exposed.loket as Record<string, (request: unknown) => Promise<unknown>>;
    expect(Object.keys(api).sort()).toEqual([...invokeChannels].sort());
    await api['app:info']?.({});
    expect(invoked).toEqual([['app:info', {}]]);
  });

  test('npm start falls back to browser mode without the Electron binary and serves the app', async ({
    page,
  }) => {
    test.skip(
      !process.env.LOKET_EXPECT_NO_ELECTRON && process.env.CI !== 'true',
      'only where no Electron binary exists',
    );
    const dataDir = mkdtempSync(join(tmpdir(), 'loket-start-'));
    const child = spawn(
      process.execPath,
      ['scripts/start.mjs', '--port', '0', '--data-dir', dataDir],
      {
        env: { ...process.env, LOKET_NO_OPEN: '1' },
      },
    );
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let seen = '';
        const timer = setTimeout(() => reject(new Error(`no URL after 30 s: ${seen}`)), 30_000);
        child.stdout.on('data', (chunk: Buffer) => {
          seen += chunk.toString();
          const match = /berjalan di (http:\/\/\S+)/.exec(seen);
          if (match?.[1]) {
            clearTimeout(timer);
            expect(seen).toContain('Menjalankan mode browser');
            resolve(match[1]);
          }
        });
      });
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      await page.goto(url);
      await expect(page.getByRole('heading', { name: 'Layanan loket AK/I' })).toBeVisible();
      await page.screenshot({ path: 'test-results/npm-start.png' });
    } finally {
      child.kill('SIGTERM');
    }
  });
});
