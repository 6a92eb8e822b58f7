/**
 * Electron composition root: real adapters -> services -> contract -> window. Everything it wires
 * is a plain module tested without Electron; this file only connects them.
 */
import { app, BrowserWindow, ipcMain, protocol, session, shell } from 'electron';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLogger } from './platform/logger.js';
import { createCupsCardPrinter } from './printers/card-printer.js';
import { createCommandRunner } from './printers/command-runner.js';
import { ElectronCardPrinter } from './printers/electron-card-printer.js';
import { electronPrinterSource } from './printers/system-printers.js';
import { webContentsPdfPrinter } from './printers/webcontents-pdf-printer.js';
import { createHandlers } from './services.js';
import { createMainWorld } from './world.js';
import { registerAppScheme, serveAppProtocol } from './electron/app-protocol.js';
import { appPrintCardUrl } from './electron/origin.js';
import { registerContract } from './electron/ipc-electron.js';
import { createMainWindow, restrictPermissions } from './electron/window.js';

registerAppScheme(protocol);
const logger = createLogger(
  (line) => process.stderr.write(`${line}\n`),
  () => new Date(),
);
const ourWindows = new WeakSet<Electron.WebContents>();
let mainWindow: BrowserWindow | undefined;

app.on('web-contents-created', (_event, contents) => {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
});

void app.whenReady().then(async () => {
  const world = await createMainWorld({
    dataDir: app.getPath('userData'),
    mode: 'electron',
    version: app.getVersion(),
    logger,
    openPath: async (path) => (await shell.openPath(path)) === '',
    cardPrinter: electronCardPrinter(app.getPath('userData')),
    // The main window exists by the time the settings screen asks.
    systemPrinters: electronPrinterSource(
      async () => (await mainWindow?.webContents.getPrintersAsync()) ?? [],
    ),
    // electron-builder copies assets/fonts there (extraResources); unpacked runs use the default.
    ...(app.isPackaged ? { fontsDir: join(process.resourcesPath, 'fonts') } : {}),
  });
  serveAppProtocol(protocol, fileURLToPath(new URL('../renderer/', import.meta.url)));
  restrictPermissions(session.defaultSession);
  registerContract(ipcMain, createHandlers(world), (sender) => ourWindows.has(sender), logger);
  mainWindow = createMainWindow(
    BrowserWindow,
    fileURLToPath(new URL('./preload.cjs', import.meta.url)),
  );
  ourWindows.add(mainWindow.webContents);
});

app.on('window-all-closed', () => app.quit());

/**
 * Cards print silently from a hidden window showing the PDF (or our page drawing it as images
 * of exact size); without a chosen printer, saved.
 */
function electronCardPrinter(dataDir: string): ElectronCardPrinter {
  const hiddenPdfWindow = () =>
    new BrowserWindow({
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true, plugins: true },
    });
  return new ElectronCardPrinter(
    webContentsPdfPrinter(hiddenPdfWindow, { imagePageUrl: appPrintCardUrl }),
    createCupsCardPrinter({ run: createCommandRunner(), saveDir: join(dataDir, 'cetak-kartu') }),
  );
}
