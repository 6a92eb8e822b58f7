import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { PrintJobView, PrinterSettings } from '../../src-shared/ipc/channels/printer.js';
import type { CardPrinter } from './card-printer.js';
import type { PrintPayload } from './print-job-store.js';
import type { SendResult } from './send-result.js';
import type { ThermalDriver } from './thermal-printer.js';

export interface PayloadSenderWorld {
  readonly settings: () => Promise<PrinterSettings>;
  readonly thermal: ThermalDriver;
  readonly cards: CardPrinter;
}

/**
 * One attempt at printing what a job holds. The printer's address and name are read at each
 * attempt, so a reprint after fixing them in Pengaturan goes to the right place.
 */
export function payloadSender(world: PayloadSenderWorld) {
  return async (payload: PrintPayload, job: PrintJobView): Promise<SendResult> => {
    const settings = await world.settings();
    if (payload.type === 'escpos') {
      return world.thermal.send(
        settings.thermal,
        Buffer.from(payload.bytesBase64, 'base64'),
        job.label,
      );
    }
    return world.cards.print({
      filePath: payload.filePath,
      printerName: settings.card.printerName,
      asImage: settings.card.sendAs === 'image',
      widthMm: payload.widthMm,
      heightMm: payload.heightMm,
      title: job.label,
      saveAs: payload.saveAs,
    });
  };
}

/** A closed job's temporary PDF is deleted; archived card PDFs are never touched. */
export async function releasePayload(payload: PrintPayload): Promise<void> {
  if (payload.type === 'card-pdf' && payload.temporary) await rm(payload.filePath, { force: true });
}

/**
 * Deletes temporary print files that no open job needs any more (left by jobs closed while the
 * app was stopping, or dropped from the history).
 */
export async function sweepPrintFiles(
  workDir: string,
  open: readonly PrintPayload[],
): Promise<void> {
  const keep = new Set(open.flatMap((p) => (p.type === 'card-pdf' ? [p.filePath] : [])));
  const names = await readdir(workDir).catch(() => [] as string[]);
  await Promise.all(
    names
      .map((name) => join(workDir, name))
      .filter((path) => !keep.has(path))
      .map((path) => rm(path, { force: true }).catch(() => undefined)),
  );
}
