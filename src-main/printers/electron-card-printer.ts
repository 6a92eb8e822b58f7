import { pathToFileURL } from 'node:url';
import type { CardPrintRequest, CardPrinter } from './card-printer.js';
import { maybeSent, notSent, uncertainAdvice, type SendResult } from './send-result.js';

export interface PdfPrintJob {
  readonly filePath: string;
  /** System name of the printer (not its friendly name). */
  readonly deviceName: string;
  /** Microns, short side as width; `landscape` turns it. */
  readonly pageSize: { readonly width: number; readonly height: number };
  readonly landscape: boolean;
}

export type PrintPdfFile = (
  job: PdfPrintJob,
) => Promise<{ success: boolean; failureReason: string }>;

/** The part of Electron's BrowserWindow used here; a real BrowserWindow satisfies it. */
export interface PrintableWindow {
  loadURL(url: string): Promise<void>;
  readonly webContents: {
    print(
      options: {
        silent: boolean;
        printBackground: boolean;
        deviceName: string;
        pageSize: { width: number; height: number };
        landscape: boolean;
        margins: { marginType: 'none' };
      },
      callback: (success: boolean, failureReason: string) => void,
    ): void;
  };
  destroy(): void;
}

/**
 * Prints a PDF silently by loading it into a hidden window. `toUrl` can point at a page that
 * renders the PDF as an image at its exact size, for drivers that ignore the page size.
 */
export function webContentsPdfPrinter(
  openWindow: () => PrintableWindow,
  toUrl: (filePath: string) => string = (p) => pathToFileURL(p).href,
): PrintPdfFile {
  return async (job) => {
    const window = openWindow();
    try {
      await window.loadURL(toUrl(job.filePath));
      return await new Promise((resolve) =>
        window.webContents.print(
          {
            silent: true,
            printBackground: true,
            deviceName: job.deviceName,
            pageSize: { width: job.pageSize.width, height: job.pageSize.height },
            landscape: job.landscape,
            margins: { marginType: 'none' },
          },
          (success, failureReason) => resolve({ success, failureReason }),
        ),
      );
    } finally {
      window.destroy();
    }
  };
}

/** Electron mode: the card PDF to the chosen printer at its exact size, no dialog. */
export class ElectronCardPrinter implements CardPrinter {
  constructor(
    private readonly printPdf: PrintPdfFile,
    /** Takes jobs when no printer is chosen: saves the PDF and says where. */
    private readonly fallback: CardPrinter,
    private readonly timeoutMs = 60_000,
  ) {}

  async print(request: CardPrintRequest): Promise<SendResult> {
    if (request.printerName === '') return this.fallback.print(request);
    const microns = (mm: number): number => Math.round(mm * 1000);
    const job: PdfPrintJob = {
      filePath: request.filePath,
      deviceName: request.printerName,
      pageSize: {
        width: microns(Math.min(request.widthMm, request.heightMm)),
        height: microns(Math.max(request.widthMm, request.heightMm)),
      },
      landscape: request.widthMm > request.heightMm,
    };
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), this.timeoutMs);
    });
    try {
      const result = await Promise.race([this.printPdf(job), timeout]);
      if (result === 'timeout') {
        return maybeSent(
          `Printer kartu "${request.printerName}" tidak menjawab. ${uncertainAdvice}`,
        );
      }
      if (result.success) return { ok: true };
      return notSent(
        'PRINT_REJECTED',
        `Printer kartu "${request.printerName}" menolak tugas cetak (${result.failureReason || 'tanpa alasan'}). Periksa printer dan nama printer di Pengaturan > Printer.`,
      );
    } catch (error) {
      // loadURL failed before anything reached the printer.
      const reason = error instanceof Error ? error.message : String(error);
      return notSent('PRINT_REJECTED', `PDF kartu tidak dapat dibuka untuk dicetak: ${reason}.`);
    } finally {
      clearTimeout(timer);
    }
  }
}
