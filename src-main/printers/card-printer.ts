import { copyFile, mkdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { cardImageDpi } from '../../src-shared/domain/card-print.js';
import { rasterisePdf } from './card-raster.js';
import type { CommandRunner } from './command-runner.js';
import { maybeSent, notSent, uncertainAdvice, type SendResult } from './send-result.js';

export interface CardPrintRequest {
  /** A PDF whose page size is the paper size. */
  readonly filePath: string;
  /** System printer; empty means none chosen. */
  readonly printerName: string;
  /** Send each page as an image at its exact size (drivers that ignore the page size). */
  readonly asImage: boolean;
  readonly widthMm: number;
  readonly heightMm: number;
  readonly title: string;
  /** File name used when the PDF is saved instead of printed. */
  readonly saveAs: string;
}

/** Electron's webContents.print, CUPS `lp`, or a folder: whatever this PC offers. */
export interface CardPrinter {
  print(request: CardPrintRequest): Promise<SendResult>;
}

export interface CupsCardPrinterWorld {
  readonly run: CommandRunner;
  /** Where PDFs go when no printer can take them. */
  readonly saveDir: string;
  readonly timeoutMs?: number;
}

/** `85.6x53.98mm`: CUPS custom media, width first, exactly as the PDF page. */
export function customMedia(widthMm: number, heightMm: number): string {
  const f = (n: number): string => String(Math.round(n * 100) / 100);
  return `Custom.${f(widthMm)}x${f(heightMm)}mm`;
}

async function saveCopy(
  request: CardPrintRequest,
  saveDir: string,
  why: string,
): Promise<SendResult> {
  try {
    await mkdir(saveDir, { recursive: true });
    const target = join(saveDir, basename(request.saveAs));
    await copyFile(request.filePath, target);
    return { ok: true, savedTo: target };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return notSent(
      'PRINT_REJECTED',
      `${why} PDF juga tidak dapat disimpan ke ${saveDir}: ${reason}.`,
    );
  }
}

/**
 * Browser/Node mode: print through CUPS at the PDF's exact size with no scaling; without a
 * chosen printer or without CUPS, keep the PDF in a folder and say where, so the officer can
 * print it by hand at 100 %.
 */
export function createCupsCardPrinter(world: CupsCardPrinterWorld): CardPrinter {
  return {
    async print(request) {
      if (request.printerName === '') {
        return saveCopy(request, world.saveDir, 'Printer kartu belum dipilih.');
      }
      const images = request.asImage ? await rasterisePdf(world.run, request.filePath) : undefined;
      if (images && !images.ok) return notSent('PRINT_REJECTED', images.message);
      const args = [
        '-d',
        request.printerName,
        '-o',
        `media=${customMedia(request.widthMm, request.heightMm)}`,
        '-o',
        'fit-to-page=false',
        '-o',
        'print-scaling=none',
        // Images: CUPS places each at the top-left at its own resolution, so at its true size.
        ...(images ? ['-o', `ppi=${cardImageDpi}`, '-o', 'position=top-left'] : []),
        '-t',
        request.title,
        ...(images ? images.files : [request.filePath]),
      ];
      const result = await world
        .run('lp', args, { timeoutMs: world.timeoutMs ?? 15_000 })
        // lp has copied the files to the spooler by the time it answers.
        .finally(() => images?.dispose());
      switch (result.kind) {
        case 'exited':
          return result.code === 0
            ? { ok: true }
            : notSent(
                'PRINT_REJECTED',
                `Printer kartu "${request.printerName}" menolak tugas cetak: ${result.stderr.trim() || `kode ${result.code}`}. Periksa nama printer di Pengaturan > Printer.`,
              );
        case 'not-found':
          return saveCopy(request, world.saveDir, 'Perintah lp (CUPS) tidak ada di komputer ini.');
        case 'failed-to-start':
          return notSent(
            'PRINTER_UNREACHABLE',
            `Perintah lp tidak dapat dijalankan: ${result.message}.`,
          );
        case 'timeout':
          return maybeSent(
            `Antrean printer kartu "${request.printerName}" tidak menjawab. ${uncertainAdvice}`,
          );
      }
    },
  };
}
