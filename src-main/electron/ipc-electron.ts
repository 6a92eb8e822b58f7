import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { fail } from '../../src-shared/domain/outcome.js';
import { invokeChannels, type InvokeHandlers } from '../../src-shared/ipc/contract.js';
import { dispatch } from '../ipc/dispatch.js';
import type { Logger } from '../platform/logger.js';
import { isAppUrl } from './origin.js';

export type IpcMainLike = Pick<IpcMain, 'handle'>;
export type InvokeEventLike = Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>;

/**
 * The only importer of ipcMain: one handler per contract channel. A call is served only when it
 * comes from one of our windows AND from a frame showing our own renderer (GitHub Desktop's
 * trusted-sender rule), then validated against the channel's schema in `dispatch`.
 */
export function registerContract(
  ipcMain: IpcMainLike,
  handlers: InvokeHandlers,
  isOurWebContents: (sender: InvokeEventLike['sender']) => boolean,
  logger: Logger,
): void {
  for (const channel of invokeChannels) {
    ipcMain.handle(channel, async (event: InvokeEventLike, request: unknown) => {
      if (!isOurWebContents(event.sender) || !isAppUrl(event.senderFrame?.url)) {
        logger.warn(
          `panggilan ${channel} dari pengirim tak dikenal ditolak`,
          event.senderFrame?.url,
        );
        return fail('UNTRUSTED_SENDER', 'Pengirim tidak dipercaya.');
      }
      return dispatch(handlers, channel, request, logger);
    });
  }
}
