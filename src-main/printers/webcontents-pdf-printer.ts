import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { cardImageDpi } from '../../src-shared/domain/card-print.js';

export interface PdfPrintJob {
  readonly filePath: string;
  /** System name of the printer (not its friendly name). */
  readonly deviceName: string;
  /** Microns, short side as width; `landscape` turns it. */
  readonly pageSize: { readonly width: number; readonly height: number };
  readonly landscape: boolean;
  /** Print the pages drawn as images at their exact size instead of the PDF itself. */
  readonly asImage: boolean;
}

/** `sending` is called just before the job is handed to the driver: from then on, paper may come out. */
export type PrintPdfFile = (
  job: PdfPrintJob,
  progress: { sending(): void },
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
    executeJavaScript(code: string): Promise<unknown>;
  };
  destroy(): void;
}

export interface WebContentsPrinterWorld {
  /** Our page that draws a PDF as images at their exact size (app://loket/print-card.html). */
  readonly imagePageUrl: string;
  readonly readFile?: (path: string) => Promise<Uint8Array>;
}

/** What the image page answers once every page is drawn and laid out. */
const drawnCardSchema = z.object({
  pages: z.number().int().min(1),
  widthMm: z.number(),
  heightMm: z.number(),
});
type DrawnCard = z.infer<typeof drawnCardSchema>;

/** The drawn page must be the paper the job asks for, whichever way round. */
function sameSize(drawn: DrawnCard, job: PdfPrintJob): boolean {
  const want = [job.pageSize.width / 1000, job.pageSize.height / 1000].sort((a, b) => a - b);
  const got = [drawn.widthMm, drawn.heightMm].sort((a, b) => a - b);
  return want.every((mm, i) => Math.abs(mm - (got[i] ?? 0)) < 0.5);
}

async function loadImages(
  window: PrintableWindow,
  job: PdfPrintJob,
  world: WebContentsPrinterWorld,
) {
  const bytes = await (world.readFile ?? readFile)(job.filePath);
  await window.loadURL(world.imagePageUrl);
  const base64 = Buffer.from(bytes).toString('base64');
  const drawn = drawnCardSchema.safeParse(
    await window.webContents.executeJavaScript(
      `window.loketPrintCard(${JSON.stringify(base64)}, ${cardImageDpi})`,
    ),
  );
  if (!drawn.success || !sameSize(drawn.data, job)) {
    throw new Error('gambar kartu tidak berukuran sama dengan kertasnya');
  }
}

/**
 * Prints a PDF silently from a hidden window: the PDF itself, or (`asImage`) our page showing
 * each PDF page as an image of its exact size, for drivers that ignore the page size.
 */
export function webContentsPdfPrinter(
  openWindow: () => PrintableWindow,
  world: WebContentsPrinterWorld,
): PrintPdfFile {
  return async (job, progress) => {
    const window = openWindow();
    try {
      if (job.asImage) await loadImages(window, job, world);
      else await window.loadURL(pathToFileURL(job.filePath).href);
      progress.sending();
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
