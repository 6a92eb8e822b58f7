import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import type { AppInfo } from '../src-shared/ipc/channels/app.js';
import { loadCounterIdentity } from './app/counter-identity.js';
import { createArchive } from './archive/archive.js';
import { defaultCardFontsDir } from './card/card-fonts-dir.js';
import type { Logger } from './platform/logger.js';
import type { CardPrinter } from './printers/card-printer.js';
import type { SystemPrinterSource } from './printers/system-printers.js';
import type { MainWorld } from './services.js';

export interface WorldOptions {
  readonly dataDir: string;
  readonly mode: AppInfo['mode'];
  readonly version: string;
  readonly logger: Logger;
  readonly now?: () => Date;
  readonly openPath?: (path: string) => Promise<boolean>;
  /** Card fonts; packaged Electron builds pass `process.resourcesPath/fonts`. */
  readonly fontsDir?: string;
  /** Electron's silent PDF printing; without it cards go through CUPS `lp` or are saved. */
  readonly cardPrinter?: CardPrinter;
  /** Electron's list of installed printers; without it CUPS is asked. */
  readonly systemPrinters?: SystemPrinterSource;
}

/** Builds the real services over a data folder; shared by the Electron and the browser-mode roots. */
export async function createMainWorld(
  options: WorldOptions,
): Promise<MainWorld & { logger: Logger }> {
  const counter = await loadCounterIdentity(options.dataDir, uuidv7);
  return {
    version: options.version,
    mode: options.mode,
    dataDir: options.dataDir,
    counter,
    now: options.now ?? (() => new Date()),
    archive: createArchive({ dir: join(options.dataDir, 'arsip') }),
    logger: options.logger,
    fontsDir: options.fontsDir ?? defaultCardFontsDir(),
    ...(options.openPath ? { openPath: options.openPath } : {}),
    ...(options.cardPrinter ? { cardPrinter: options.cardPrinter } : {}),
    ...(options.systemPrinters ? { systemPrinters: options.systemPrinters } : {}),
  };
}
