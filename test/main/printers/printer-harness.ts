import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  invokeSchemas,
  type InvokeChannel,
  type InvokeRequest,
  type InvokeResponse,
} from '../../../src-shared/ipc/contract.js';
import type { PrinterSettings } from '../../../src-shared/ipc/channels/printer.js';
import type { QueueTicket } from '../../../src-shared/printing/queue-ticket.js';
import {
  printerHandlers,
  type PrinterHandlerDeps,
} from '../../../src-main/printers/printer-handlers.js';
import { defaultPrinterSettings } from '../../../src-main/printers/printer-settings.js';
import {
  startEscPosPrinter,
  type EscPosPrinterEmulator,
  type PrinterMode,
} from '../../fakes/escpos-printer.js';

type PrinterChannel = Extract<InvokeChannel, `printer:${string}`>;

export interface PrinterHarness {
  readonly dir: string;
  readonly printer: EscPosPrinterEmulator;
  /** Validates the request through the contract's schema, as both transports do. */
  call<C extends PrinterChannel>(channel: C, request: InvokeRequest<C>): Promise<InvokeResponse<C>>;
  configure(patch: {
    thermal?: Partial<PrinterSettings['thermal']>;
    card?: Partial<PrinterSettings['card']>;
  }): Promise<void>;
  /**
   * A new process over the same data folder, as after a crash or a restart: the old handlers
   * are dropped with whatever they were doing.
   */
  restart(deps?: Partial<PrinterHandlerDeps>): void;
  close(): Promise<void>;
}

/** A queue ticket for the new-card service, issued at the fixed clock's time. */
export const sampleTicket = (number: string): QueueTicket => ({
  number,
  service: 'Pembuatan Kartu AK/I',
  issuedAt: '2025-03-14T01:05:00Z',
});

/** Fixed clock: 14 March 2025, 09:05 WITA. */
export const fixedNow = (): Date => new Date('2025-03-14T01:05:00.000Z');

/** Short timeouts: the waiting is the behaviour under test, not a number to tune. */
export const testTimeouts = { connectMs: 1000, statusMs: 150, finishMs: 400 };

export async function startPrinterHarness(
  options: { mode?: PrinterMode; deps?: Partial<PrinterHandlerDeps> } = {},
): Promise<PrinterHarness> {
  const dir = await mkdtemp(join(tmpdir(), 'loket-printer-'));
  const printer = await startEscPosPrinter({ mode: options.mode ?? 'ready' });
  const open = (deps?: Partial<PrinterHandlerDeps>) =>
    printerHandlers({
      dataDir: join(dir, 'data'),
      now: fixedNow,
      archive: { pathOf: async () => undefined },
      thermalTimeouts: testTimeouts,
      ...options.deps,
      ...deps,
    });
  let handlers = open();
  const call = async <C extends PrinterChannel>(channel: C, request: InvokeRequest<C>) => {
    const parsed = invokeSchemas[channel].parse(request);
    // TypeScript cannot correlate the channel with its handler in a generic; the schema parse above is the check.
    const handler = handlers[channel] as (r: unknown) => Promise<InvokeResponse<C>>;
    return handler(parsed);
  };
  const harness: PrinterHarness = {
    dir,
    printer,
    call,
    async configure(patch) {
      const current = await call('printer:settings:get', {});
      if (!current.ok) throw new Error(current.error.message);
      const next = {
        thermal: { ...current.value.thermal, ...patch.thermal },
        card: { ...current.value.card, ...patch.card },
      };
      const saved = await call('printer:settings:set', next);
      if (!saved.ok) throw new Error(saved.error.message);
    },
    restart(deps) {
      handlers = open(deps);
    },
    async close() {
      await printer.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
  await harness.configure({
    thermal: { ...defaultPrinterSettings.thermal, enabled: true, connection: printer.url },
  });
  return harness;
}
