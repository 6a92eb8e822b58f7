import type { BrowserWindow } from 'electron';
import { describe, expect, it } from 'vitest';
import {
  webContentsPdfPrinter,
  type PdfPrintJob,
  type PrintableWindow,
} from '../../../src-main/printers/webcontents-pdf-printer.js';

// Compile-time check: a real BrowserWindow fits the structural interface the adapter uses.
const _fits = (window: BrowserWindow): PrintableWindow => window;
void _fits;

const imagePageUrl = 'app://loket/print-card.html';
const pdfBytes = new Uint8Array([0x25, 0x50, 0x44, 0x46]);

const cr80Job = (over: Partial<PdfPrintJob> = {}): PdfPrintJob => ({
  filePath: '/data/cetak/kartu 1.pdf',
  deviceName: 'Evolis_Primacy',
  pageSize: { width: 53980, height: 85600 },
  landscape: true,
  asImage: false,
  ...over,
});

/** A hidden window that logs what happens; the image page answers `drawn` (or fails). */
function fakeWindow(
  success: boolean,
  drawn: unknown = { pages: 2, widthMm: 85.6, heightMm: 53.98 },
) {
  const log: string[] = [];
  const options: unknown[] = [];
  const window: PrintableWindow = {
    async loadURL(url) {
      log.push(`load ${url}`);
    },
    webContents: {
      print(printOptions, callback) {
        log.push('print');
        options.push(printOptions);
        callback(success, success ? '' : 'Print job failed');
      },
      async executeJavaScript(code) {
        log.push(code.slice(0, code.indexOf('(')));
        if (drawn instanceof Error) throw drawn;
        return drawn;
      },
    },
    destroy() {
      log.push('destroy');
    },
  };
  return { window, log, options };
}

function printer(window: PrintableWindow, sent: string[] = []) {
  const print = webContentsPdfPrinter(() => window, {
    imagePageUrl,
    readFile: async () => pdfBytes,
  });
  return (job: PdfPrintJob) => print(job, { sending: () => sent.push('sending') });
}

describe('webContentsPdfPrinter', () => {
  it('memuat PDF sebagai file URL, mencetak tanpa dialog dan tanpa margin, lalu menutup jendela', async () => {
    const fake = fakeWindow(true);
    const result = await printer(fake.window)(cr80Job());
    expect(result).toEqual({ success: true, failureReason: '' });
    expect(fake.log).toEqual(['load file:///data/cetak/kartu%201.pdf', 'print', 'destroy']);
    expect(fake.options[0]).toEqual({
      silent: true,
      printBackground: true,
      deviceName: 'Evolis_Primacy',
      pageSize: { width: 53980, height: 85600 },
      landscape: true,
      margins: { marginType: 'none' },
    });
  });

  it('jendela tetap ditutup ketika pencetakan gagal', async () => {
    const fake = fakeWindow(false);
    const result = await printer(fake.window)(cr80Job());
    expect(result.success).toBe(false);
    expect(fake.log.at(-1)).toBe('destroy');
  });

  it('sebagai gambar: halaman gambar kita dimuat, PDF digambar di sana, baru dicetak', async () => {
    const fake = fakeWindow(true);
    const sent: string[] = [];
    const result = await printer(fake.window, sent)(cr80Job({ asImage: true }));
    expect(result.success).toBe(true);
    expect(fake.log).toEqual([`load ${imagePageUrl}`, 'window.loketPrintCard', 'print', 'destroy']);
    expect(sent).toEqual(['sending']);
  });

  it('sebagai gambar: ukuran gambar tidak sama dengan kertas → tidak dicetak sama sekali', async () => {
    const fake = fakeWindow(true, { pages: 1, widthMm: 297, heightMm: 210 });
    const sent: string[] = [];
    await expect(printer(fake.window, sent)(cr80Job({ asImage: true }))).rejects.toThrow(
      'tidak berukuran sama',
    );
    expect(fake.log).not.toContain('print');
    expect(fake.log.at(-1)).toBe('destroy');
    expect(sent).toEqual([]);
  });

  it('sebagai gambar: PDF rusak → halaman menolak, tidak ada yang dikirim ke printer', async () => {
    const fake = fakeWindow(true, new Error('PDF kartu tidak dapat digambar: Invalid PDF'));
    await expect(printer(fake.window)(cr80Job({ asImage: true }))).rejects.toThrow(
      'tidak dapat digambar',
    );
    expect(fake.log).not.toContain('print');
  });
});
