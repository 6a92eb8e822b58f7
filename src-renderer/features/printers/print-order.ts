import type {
  InvokeChannel,
  InvokeRequest,
  InvokeResponse,
} from '../../../src-shared/ipc/contract.js';
import type { LoketApi } from '../../api.js';

/** What an officer can print, and the contract channel that prints it. */
export const printChannels = {
  ticket: 'printer:printTicket',
  slip: 'printer:printSlip',
  card: 'printer:printCard',
  test: 'printer:testPage',
} as const satisfies Record<string, InvokeChannel>;

export type PrintKind = keyof typeof printChannels;

/** The request without `jobId`: the id belongs to the user action, not to the caller. */
export type PrintRequest<K extends PrintKind> = Omit<
  InvokeRequest<(typeof printChannels)[K]>,
  'jobId'
>;

/** `print('ticket', { ticket })`: the request type follows the kind. */
export type PrintArgs = { [K in PrintKind]: [kind: K, request: PrintRequest<K>] }[PrintKind];

export type PrintOrder = {
  [K in PrintKind]: { readonly kind: K; readonly request: PrintRequest<K> };
}[PrintKind];

/** Every print channel answers with the job as it ended (or why it did not). */
export type PrintOutcome = InvokeResponse<'printer:printTicket'>;

export function orderOf(...args: PrintArgs): PrintOrder {
  const [kind, request] = args;
  switch (kind) {
    case 'ticket':
      return { kind, request };
    case 'slip':
      return { kind, request };
    case 'card':
      return { kind, request };
    case 'test':
      return { kind, request };
  }
}

export function sendPrint(api: LoketApi, order: PrintOrder, jobId: string): Promise<PrintOutcome> {
  switch (order.kind) {
    case 'ticket':
      return api.invoke('printer:printTicket', { ...order.request, jobId });
    case 'slip':
      return api.invoke('printer:printSlip', { ...order.request, jobId });
    case 'card':
      return api.invoke('printer:printCard', { ...order.request, jobId });
    case 'test':
      return api.invoke('printer:testPage', { ...order.request, jobId });
  }
}
