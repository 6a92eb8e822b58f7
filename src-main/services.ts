/**
 * Composes every service's handlers into the full contract. Both composition roots (Electron
 * `main.ts` and the browser-mode host `host/cli.ts`) call this with the real world; tests call it
 * with temporary folders and fakes.
 */
import type { InvokeHandlers } from '../src-shared/ipc/contract.js';
import { appHandlers, type AppHandlerDeps } from './app/app-handlers.js';
import { archiveHandlers, type ArchiveHandlerDeps } from './archive/archive-handlers.js';
import { cardHandlers, type CardHandlerDeps } from './card/card-handlers.js';
import { printerHandlers, type PrinterHandlerDeps } from './printers/printer-handlers.js';
import { syncHandlers, type SyncHandlerDeps } from './sync/sync-handlers.js';

export interface MainWorld
  extends
    AppHandlerDeps,
    ArchiveHandlerDeps,
    Omit<PrinterHandlerDeps, 'archive'>,
    Omit<CardHandlerDeps, 'archive'>,
    Omit<SyncHandlerDeps, 'archive' | 'dataDir'> {}

export function createHandlers(world: MainWorld): InvokeHandlers {
  return {
    ...appHandlers(world),
    ...archiveHandlers(world),
    ...printerHandlers(world),
    ...cardHandlers(world),
    ...syncHandlers(world),
  };
}
