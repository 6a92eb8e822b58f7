/**
 * THE contract between the renderer and the main-process services. Both transports
 * (Electron IPC and the HTTP host) and `src-renderer/api.ts` derive their types from here.
 *
 * To add a channel: put its zod schema and result type in `channels/<area>.ts`, spread the
 * schemas into `invokeSchemas`, extend `InvokeResults` and `ErrorCode`, then add a handler in
 * `src-main/services.ts`. The compiler lists every place that still misses it.
 */
import type { z } from 'zod';
import type { Outcome } from '../domain/outcome.js';
import { appChannels, type AppErrorCode, type AppResults } from './channels/app.js';
import { archiveChannels, type ArchiveErrorCode, type ArchiveResults } from './channels/archive.js';
import { cardChannels, type CardErrorCode, type CardResults } from './channels/card.js';
import { printerChannels, type PrinterErrorCode, type PrinterResults } from './channels/printer.js';
import { syncChannels, type SyncErrorCode, type SyncResults } from './channels/sync.js';

export const invokeSchemas = {
  ...appChannels,
  ...archiveChannels,
  ...printerChannels,
  ...cardChannels,
  ...syncChannels,
} as const;

export type InvokeChannel = keyof typeof invokeSchemas;

export interface InvokeResults
  extends AppResults, ArchiveResults, PrinterResults, CardResults, SyncResults {}

/** Failures every channel can return, besides its own. */
export type TransportErrorCode =
  'UNKNOWN_CHANNEL' | 'INVALID_REQUEST' | 'UNTRUSTED_SENDER' | 'HOST_UNREACHABLE' | 'INTERNAL';

export type ErrorCode =
  | TransportErrorCode
  | AppErrorCode
  | ArchiveErrorCode
  | PrinterErrorCode
  | CardErrorCode
  | SyncErrorCode;

/** What the caller passes (before schema defaults apply). */
export type InvokeRequest<C extends InvokeChannel> = z.input<(typeof invokeSchemas)[C]>;
/** What a handler receives (validated, defaults applied). */
export type InvokeParsed<C extends InvokeChannel> = z.output<(typeof invokeSchemas)[C]>;
export type InvokeResponse<C extends InvokeChannel> = Outcome<InvokeResults[C], ErrorCode>;

export type InvokeHandlers = {
  readonly [C in InvokeChannel]: (request: InvokeParsed<C>) => Promise<InvokeResponse<C>>;
};

export const invokeChannels = Object.keys(invokeSchemas) as InvokeChannel[];

export function isInvokeChannel(name: string): name is InvokeChannel {
  return Object.hasOwn(invokeSchemas, name);
}
