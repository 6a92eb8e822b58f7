import type { BrowserWindow, BrowserWindowConstructorOptions, Session } from 'electron';
import { appIndexUrl, isAppUrl } from './origin.js';

export type BrowserWindowClass = new (options: BrowserWindowConstructorOptions) => BrowserWindow;
export type SessionLike = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler'
>;

export function secureWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1366,
    height: 800,
    minWidth: 1024,
    minHeight: 700,
    title: 'Loket AK/I',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  };
}

/**
 * Granted to our own renderer only: the camera ('media'), and persistent storage, without which
 * Chromium may evict the IndexedDB holding the records when the disk runs low. Every other
 * permission, and every other origin, is refused.
 */
const grantedToUs: ReadonlySet<string> = new Set(['media', 'persistent-storage']);

export function restrictPermissions(session: SessionLike): void {
  session.setPermissionRequestHandler((_webContents, permission, callback, details) => {
    callback(grantedToUs.has(permission) && isAppUrl(details.requestingUrl));
  });
  session.setPermissionCheckHandler((_webContents, permission, requestingOrigin) => {
    return grantedToUs.has(permission) && isAppUrl(requestingOrigin);
  });
}

/** Opens the counter window: navigation away from the app and new windows are blocked. */
export function createMainWindow(Window: BrowserWindowClass, preloadPath: string): BrowserWindow {
  const window = new Window(secureWindowOptions(preloadPath));
  window.webContents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(appIndexUrl);
  return window;
}
