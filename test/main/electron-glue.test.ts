import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BrowserWindowClass, SessionLike } from '../../src-main/electron/window.js';
import { createMainWindow, restrictPermissions } from '../../src-main/electron/window.js';
import {
  registerAppScheme,
  serveAppProtocol,
  type ProtocolLike,
  type SchemeRegistrar,
} from '../../src-main/electron/app-protocol.js';
import { registerContract, type IpcMainLike } from '../../src-main/electron/ipc-electron.js';
import { createMemoryLogger } from '../../src-main/platform/logger.js';
import { invokeChannels } from '../../src-shared/ipc/contract.js';
import { FakeBrowserWindow, FakeIpcMain, FakeProtocol, FakeSession } from '../fakes/electron.js';
import { createTestHandlers } from '../fakes/test-handlers.js';

describe('the Electron window', () => {
  it('opens with context isolation, sandbox and no Node integration', () => {
    const window = createMainWindow(
      FakeBrowserWindow as unknown as BrowserWindowClass,
      '/app/preload.cjs',
    );
    const fake = window as unknown as FakeBrowserWindow;
    expect(fake.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: '/app/preload.cjs',
    });
    expect(fake.loadedUrl).toBe('app://loket/index.html');
    expect(fake.shown).toBe(false);
    fake.emit('ready-to-show');
    expect(fake.shown).toBe(true);
  });

  it('blocks navigation away from the app and every new window', () => {
    const fake = createMainWindow(
      FakeBrowserWindow as unknown as BrowserWindowClass,
      '/p.cjs',
    ) as unknown as FakeBrowserWindow;
    const navigate = fake.webContents.listeners.get('will-navigate');
    let prevented = 0;
    const event = { preventDefault: () => (prevented += 1) };
    navigate?.(event, 'https://example.com/');
    navigate?.(event, 'file:///etc/passwd');
    navigate?.(event, 'app://loket/index.html');
    expect(prevented).toBe(2);
    expect(fake.webContents.windowOpenHandler?.()).toEqual({ action: 'deny' });
  });

  it('grants the camera to our own renderer only', () => {
    const session = new FakeSession();
    restrictPermissions(session as unknown as SessionLike);
    expect(session.ask('media', 'app://loket/index.html')).toBe(true);
    expect(session.ask('media', 'https://evil.example/')).toBe(false);
    expect(session.ask('geolocation', 'app://loket/index.html')).toBe(false);
    expect(session.checkHandler?.({}, 'media', 'app://loket')).toBe(true);
    expect(session.checkHandler?.({}, 'notifications', 'app://loket')).toBe(false);
  });

  it('grants persistent storage to our own renderer, so Chromium never evicts the records', () => {
    const session = new FakeSession();
    restrictPermissions(session as unknown as SessionLike);
    expect(session.ask('persistent-storage', 'app://loket/index.html')).toBe(true);
    expect(session.ask('persistent-storage', 'https://evil.example/')).toBe(false);
    expect(session.checkHandler?.({}, 'persistent-storage', 'app://loket')).toBe(true);
  });
});

describe('the app:// protocol', () => {
  it('serves the built renderer with the content security policy and refuses other hosts', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'loket-proto-'));
    await writeFile(join(dir, 'index.html'), '<h1>Loket</h1>');
    const protocol = new FakeProtocol();
    registerAppScheme(protocol as unknown as SchemeRegistrar);
    expect(protocol.schemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    serveAppProtocol(protocol as unknown as ProtocolLike, dir);
    const registered = protocol.handlers.get('app');
    if (!registered) throw new Error('app:// was not registered');
    const handler = registered;
    const page = await handler(new Request('app://loket/'));
    expect(page.status).toBe(200);
    expect(await page.text()).toBe('<h1>Loket</h1>');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect((await handler(new Request('app://other/index.html'))).status).toBe(404);
    expect((await handler(new Request('app://loket/../../etc/passwd'))).status).toBe(404);
  });
});

describe('the IPC contract registration', () => {
  const trusted = { sender: { id: 1 }, senderFrame: { url: 'app://loket/index.html' } };

  it('registers every contract channel and answers trusted calls through the handlers', async () => {
    const ipc = new FakeIpcMain();
    const { handlers } = await createTestHandlers();
    registerContract(
      ipc as unknown as IpcMainLike,
      handlers,
      (s) => s === trusted.sender,
      createMemoryLogger(),
    );
    expect([...ipc.handlers.keys()].sort()).toEqual([...invokeChannels].sort());
    const info = await ipc.invoke('app:info', trusted, {});
    expect(info).toMatchObject({ ok: true, value: { mode: 'browser', counter: { code: '01' } } });
  });

  it('refuses calls from another frame or another window, and invalid arguments', async () => {
    const ipc = new FakeIpcMain();
    const { handlers } = await createTestHandlers();
    registerContract(
      ipc as unknown as IpcMainLike,
      handlers,
      (s) => s === trusted.sender,
      createMemoryLogger(),
    );
    const foreignFrame = { sender: trusted.sender, senderFrame: { url: 'https://evil.example/' } };
    const foreignWindow = { sender: { id: 2 }, senderFrame: trusted.senderFrame };
    expect(await ipc.invoke('app:info', foreignFrame, {})).toMatchObject({
      ok: false,
      error: { code: 'UNTRUSTED_SENDER' },
    });
    expect(await ipc.invoke('app:info', foreignWindow, {})).toMatchObject({
      ok: false,
      error: { code: 'UNTRUSTED_SENDER' },
    });
    expect(await ipc.invoke('archive:get', trusted, { sha256: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_REQUEST' },
    });
  });
});
