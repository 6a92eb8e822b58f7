/**
 * Time from "print ticket" (the handler call, as the renderer's request arrives) to the last
 * byte at the printer emulator, over 100 tickets with the production timeouts.
 * Standalone: `npx tsx test/bench/print-ticket.bench.ts`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { printerChannels } from '../../src-shared/ipc/channels/printer.js';
import { printerHandlers } from '../../src-main/printers/printer-handlers.js';
import { defaultPrinterSettings } from '../../src-main/printers/printer-settings.js';
import { startEscPosPrinter } from '../fakes/escpos-printer.js';

const tickets = 100;

function percentile(sorted: readonly number[], p: number): number {
  return (
    sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN
  );
}

export async function benchPrintTicket(): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'loket-bench-print-'));
  const printer = await startEscPosPrinter();
  try {
    const handlers = printerHandlers({
      dataDir: dir,
      now: () => new Date(),
      archive: { pathOf: async () => undefined },
    });
    await handlers['printer:settings:set']({
      ...defaultPrinterSettings,
      thermal: { enabled: true, connection: printer.url, paperWidth: 80 },
    });
    const latencies: number[] = [];
    for (let i = 1; i <= tickets; i += 1) {
      const request = printerChannels['printer:printTicket'].parse({
        ticket: {
          number: `A-${String(i).padStart(3, '0')}`,
          service: 'Pembuatan Kartu AK/I',
          issuedAt: new Date().toISOString(),
          visitId: `0195a3f2-7c1e-7b44-9a10-${String(i).padStart(12, '0')}`,
        },
      });
      const started = performance.now();
      const result = await handlers['printer:printTicket'](request);
      if (!result.ok) throw new Error(result.error.message);
      const lastByte = printer.jobTimes()[i - 1];
      if (lastByte === undefined) throw new Error(`ticket ${i} never reached the emulator`);
      latencies.push(lastByte - started);
    }
    const sorted = [...latencies].sort((a, b) => a - b);
    const p50 = percentile(sorted, 50);
    const p95 = percentile(sorted, 95);
    const bytes = printer.jobs()[0]?.length ?? 0;
    return [
      `print ticket -> last byte at emulator (${tickets} tickets, 80 mm, ${bytes} bytes each, status query + send over TCP):`,
      `  p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${(sorted.at(-1) ?? 0).toFixed(1)} ms (target p95 <= 300 ms: ${p95 <= 300 ? 'met' : 'NOT met'})`,
    ];
  } finally {
    await printer.close();
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const line of await benchPrintTicket()) console.log(line);
}
