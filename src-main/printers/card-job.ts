import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fail, ok, type Outcome } from '../../src-shared/domain/outcome.js';
import type {
  CardPrinterSettings,
  PrinterErrorCode,
} from '../../src-shared/ipc/channels/printer.js';
import {
  applyCalibration,
  layoutNames,
  matchesLayout,
  pdfPageSizeMm,
  type SizeMm,
} from './card-pdf.js';

export interface PreparedCard {
  /** The PDF to hand to the printer: the archived file, or a calibrated copy of it. */
  readonly filePath: string;
  readonly size: SizeMm;
  /** A copy made for this job (deleted when the job closes), not the archived file. */
  readonly temporary: boolean;
}

/**
 * Checks the card PDF against the chosen layout and applies the calibration offsets. Done
 * once per job, before anything is sent, so a reprint sends exactly the same file.
 */
export async function prepareCardPdf(
  sourcePath: string,
  card: CardPrinterSettings,
  workDir: string,
  name: string,
): Promise<Outcome<PreparedCard, PrinterErrorCode>> {
  const bytes = await readFile(sourcePath).catch(() => undefined);
  if (!bytes)
    return fail(
      'CARD_PDF_NOT_FOUND',
      'PDF kartu tidak ditemukan di arsip lokal. Buat ulang kartu.',
    );
  const size = await pdfPageSizeMm(bytes);
  if (!size)
    return fail(
      'CARD_PDF_INVALID',
      'Berkas kartu di arsip bukan PDF yang dapat dibaca. Buat ulang kartu.',
    );
  if (!matchesLayout(size, card.layout)) {
    return fail(
      'CARD_LAYOUT_MISMATCH',
      `PDF kartu berukuran ${size.width} x ${size.height} mm, tetapi printer kartu diatur untuk ${layoutNames[card.layout]}. Samakan tata letak di Pengaturan > Printer, lalu buat ulang kartu.`,
    );
  }
  if (card.calibration.dx === 0 && card.calibration.dy === 0) {
    return ok({ filePath: sourcePath, size, temporary: false });
  }
  await mkdir(workDir, { recursive: true });
  const filePath = join(workDir, `${name}.pdf`);
  await writeFile(filePath, await applyCalibration(bytes, card.calibration));
  return ok({ filePath, size, temporary: true });
}

/** A PDF made here (the test page) that needs no calibration: it was drawn with the offsets. */
export async function writeTempPdf(
  workDir: string,
  name: string,
  bytes: Uint8Array,
  size: SizeMm,
): Promise<PreparedCard> {
  await mkdir(workDir, { recursive: true });
  const filePath = join(workDir, `${name}.pdf`);
  await writeFile(filePath, bytes);
  return { filePath, size, temporary: true };
}
