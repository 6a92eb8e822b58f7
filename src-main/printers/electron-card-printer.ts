import type { CardPrintRequest, CardPrinter } from './card-printer.js';
import { maybeSent, notSent, uncertainAdvice, type SendResult } from './send-result.js';
import type { PdfPrintJob, PrintPdfFile } from './webcontents-pdf-printer.js';

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
      asImage: request.asImage,
    };
    let sending = false;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), this.timeoutMs);
    });
    const printer = `Printer kartu "${request.printerName}"`;
    try {
      const printing = this.printPdf(job, { sending: () => (sending = true) });
      const result = await Promise.race([printing, timeout]);
      if (result === 'timeout') {
        return sending
          ? maybeSent(`${printer} tidak menjawab. ${uncertainAdvice}`)
          : notSent(
              'PRINT_REJECTED',
              `Kartu belum dapat disiapkan untuk dicetak setelah ${Math.round(this.timeoutMs / 1000)} detik; belum ada yang terkirim ke printer.`,
            );
      }
      if (result.success) return { ok: true };
      return notSent(
        'PRINT_REJECTED',
        `${printer} menolak tugas cetak (${result.failureReason || 'tanpa alasan'}). Periksa printer dan nama printer di Pengaturan > Printer.`,
      );
    } catch (error) {
      // Loading or drawing the card failed before anything reached the printer.
      const reason = error instanceof Error ? error.message : String(error);
      return notSent('PRINT_REJECTED', `PDF kartu tidak dapat disiapkan untuk dicetak: ${reason}.`);
    } finally {
      clearTimeout(timer);
    }
  }
}
