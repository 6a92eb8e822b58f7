import type { BrowserWindow } from 'electron';
import { describe, expect, it } from 'vitest';
import type { CardPrintRequest, CardPrinter } from '../../../src-main/printers/card-printer.js';
import {
  ElectronCardPrinter,
  webContentsPdfPrinter,
  type PdfPrintJob,
  type PrintableWindow,
  type PrintPdfFile,
} from '../../../src-main/printers/electron-card-printer.js';
import type { SendResult } from '../../../src-main/printers/send-result.js';

// Compile-time check: a real BrowserWindow fits the structural interface the adapter uses.
const _fits = (window: BrowserWindow): PrintableWindow => window;
void _fits;

const request = (over: Partial<CardPrintRequest> = {}): CardPrintRequest => ({
  filePath: '/data/cetak/kartu.pdf',
  printerName: 'Evolis_Primacy',
  widthMm: 85.6,
  heightMm: 53.98,
  title: 'Kartu AK/I',
  saveAs: 'kartu.pdf',
  ...over,
});

function recordingPrinter(answer: { success: boolean; failureReason: string } | 'never') {
  const jobs: PdfPrintJob[] = [];
  const print: PrintPdfFile = (job) => {
    jobs.push(job);
    return answer === 'never' ? new Promise(() => undefined) : Promise.resolve(answer);
  };
  return { jobs, print };
}

const savingFallback = (): CardPrinter & { calls: CardPrintRequest[] } => {
  const calls: CardPrintRequest[] = [];
  return {
    calls,
    print: async (r): Promise<SendResult> => {
      calls.push(r);
      return { ok: true, savedTo: `/data/cetak-kartu/${r.saveAs}` };
    },
  };
};

describe('ElectronCardPrinter', () => {
  it('mencetak diam-diam ke printer terpilih dengan ukuran halaman dalam mikron', async () => {
    const fake = recordingPrinter({ success: true, failureReason: '' });
    const result = await new ElectronCardPrinter(fake.print, savingFallback()).print(request());
    expect(result).toEqual({ ok: true });
    expect(fake.jobs).toEqual([
      {
        filePath: '/data/cetak/kartu.pdf',
        deviceName: 'Evolis_Primacy',
        pageSize: { width: 53980, height: 85600 },
        landscape: true,
      },
    ]);
  });

  it('A4 mendatar: 210 x 297 mm dalam mikron, diputar mendatar', async () => {
    const fake = recordingPrinter({ success: true, failureReason: '' });
    await new ElectronCardPrinter(fake.print, savingFallback()).print(
      request({ widthMm: 297, heightMm: 210 }),
    );
    expect(fake.jobs[0]).toMatchObject({
      pageSize: { width: 210000, height: 297000 },
      landscape: true,
    });
  });

  it('driver menolak: gagal sebelum terkirim, dengan alasan dari driver', async () => {
    const fake = recordingPrinter({ success: false, failureReason: 'Invalid printer settings' });
    const result = await new ElectronCardPrinter(fake.print, savingFallback()).print(request());
    expect(result).toMatchObject({ ok: false, sent: 'none', code: 'PRINT_REJECTED' });
    expect(!result.ok && result.message).toContain('Invalid printer settings');
  });

  it('tidak ada jawaban dari driver: belum pasti, petugas memeriksa', async () => {
    const fake = recordingPrinter('never');
    const result = await new ElectronCardPrinter(fake.print, savingFallback(), 50).print(request());
    expect(result).toMatchObject({ ok: false, sent: 'maybe', code: 'PRINT_UNCERTAIN' });
  });

  it('printer belum dipilih: PDF disimpan lewat cadangan, webContents tidak dipakai', async () => {
    const fake = recordingPrinter({ success: true, failureReason: '' });
    const fallback = savingFallback();
    const result = await new ElectronCardPrinter(fake.print, fallback).print(
      request({ printerName: '' }),
    );
    expect(result).toEqual({ ok: true, savedTo: '/data/cetak-kartu/kartu.pdf' });
    expect(fake.jobs).toEqual([]);
    expect(fallback.calls).toHaveLength(1);
  });
});

describe('webContentsPdfPrinter', () => {
  function fakeWindow(success: boolean) {
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
      },
      destroy() {
        log.push('destroy');
      },
    };
    return { window, log, options };
  }

  it('memuat PDF sebagai file URL, mencetak tanpa dialog dan tanpa margin, lalu menutup jendela', async () => {
    const fake = fakeWindow(true);
    const print = webContentsPdfPrinter(() => fake.window);
    const result = await print({
      filePath: '/data/cetak/kartu 1.pdf',
      deviceName: 'Evolis_Primacy',
      pageSize: { width: 53980, height: 85600 },
      landscape: true,
    });
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
    const result = await webContentsPdfPrinter(() => fake.window)({
      filePath: '/x.pdf',
      deviceName: 'P',
      pageSize: { width: 53980, height: 85600 },
      landscape: true,
    });
    expect(result.success).toBe(false);
    expect(fake.log.at(-1)).toBe('destroy');
  });
});
