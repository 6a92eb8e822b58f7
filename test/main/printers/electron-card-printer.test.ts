import { describe, expect, it } from 'vitest';
import type { CardPrintRequest, CardPrinter } from '../../../src-main/printers/card-printer.js';
import { ElectronCardPrinter } from '../../../src-main/printers/electron-card-printer.js';
import type {
  PdfPrintJob,
  PrintPdfFile,
} from '../../../src-main/printers/webcontents-pdf-printer.js';
import type { SendResult } from '../../../src-main/printers/send-result.js';

const request = (over: Partial<CardPrintRequest> = {}): CardPrintRequest => ({
  filePath: '/data/cetak/kartu.pdf',
  printerName: 'Evolis_Primacy',
  asImage: false,
  widthMm: 85.6,
  heightMm: 53.98,
  title: 'Kartu AK/I',
  saveAs: 'kartu.pdf',
  ...over,
});

/** A driver that answers, or hangs after the job was handed over, or while still preparing it. */
function recordingPrinter(
  answer: { success: boolean; failureReason: string } | 'never' | 'stuck-preparing',
) {
  const jobs: PdfPrintJob[] = [];
  const print: PrintPdfFile = (job, progress) => {
    jobs.push(job);
    if (answer === 'stuck-preparing') return new Promise(() => undefined);
    progress.sending();
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
        asImage: false,
      },
    ]);
  });

  it('pilihan "gambar berukuran tepat" diteruskan ke jendela cetak', async () => {
    const fake = recordingPrinter({ success: true, failureReason: '' });
    await new ElectronCardPrinter(fake.print, savingFallback()).print(request({ asImage: true }));
    expect(fake.jobs[0]?.asImage).toBe(true);
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

  it('macet sebelum diserahkan ke driver: gagal (belum terkirim), boleh dicoba lagi', async () => {
    const fake = recordingPrinter('stuck-preparing');
    const result = await new ElectronCardPrinter(fake.print, savingFallback(), 50).print(request());
    expect(result).toMatchObject({ ok: false, sent: 'none', code: 'PRINT_REJECTED' });
    expect(!result.ok && result.message).toContain('belum ada yang terkirim');
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
