import { decodeEscPos, endsWithCut, type DecodedEscPos } from '../../fakes/escpos-decoder.js';
import {
  startEscPosPrinter,
  type EscPosPrinterEmulator,
  type PrinterMode,
} from '../../fakes/escpos-printer.js';
import { test as appTest } from '../fixtures.js';

/** The emulated receipt printer as the e2e tests read it: what came out on the paper. */
export interface PaperPrinter {
  /** `tcp://127.0.0.1:PORT` for the printer settings screen. */
  readonly url: string;
  setMode(mode: PrinterMode): void;
  /** Every job that reached the printer, decoded, oldest first. */
  printed(): DecodedEscPos[];
  waitForJobs(count: number, timeoutMs?: number): Promise<void>;
  readonly emulator: EscPosPrinterEmulator;
}

export function paperPrinter(emulator: EscPosPrinterEmulator): PaperPrinter {
  return {
    url: emulator.url,
    setMode: (mode) => emulator.setMode(mode),
    printed: () => emulator.jobs().map((bytes) => decodeEscPos(bytes)),
    waitForJobs: (count, timeoutMs) => emulator.waitForJobs(count, timeoutMs),
    emulator,
  };
}

export { endsWithCut };

/**
 * Each test gets its own app (fresh data folder) and its own emulated printer on 127.0.0.1,
 * started inside the Playwright test process and closed when the test ends.
 */
export const test = appTest.extend<{ printer: PaperPrinter }>({
  // Playwright reads the fixture's dependencies from this destructuring pattern; this one has none.
  // eslint-disable-next-line no-empty-pattern
  printer: async ({}, use) => {
    const emulator = await startEscPosPrinter({ mode: 'ready' });
    await use(paperPrinter(emulator));
    await emulator.close();
  },
});

export { expect } from '../fixtures.js';
