import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeEscPos } from '../../fakes/escpos-decoder.js';
import { installFakeLp } from '../../fakes/fake-lp.js';
import { cardPdf, runnerWithPath } from './card-print-support.js';
import { sampleTicket, startPrinterHarness, type PrinterHarness } from './printer-harness.js';

const jobId = '0195a3f2-7c1e-7b44-9a10-3c5d2e8f9a01';

let h: PrinterHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const linesOf = (bytes: Buffer | undefined) => decodeEscPos(bytes ?? Buffer.alloc(0)).lines;

describe('antrean cetak setelah aplikasi dimulai ulang', () => {
  it('tiket yang sedang dikirim saat aplikasi mati kembali sebagai "belum pasti", tidak dikirim ulang sendiri', async () => {
    const harness = await startPrinterHarness({ mode: 'swallow' });
    h = harness;
    const printing = harness.call('printer:printTicket', { ticket: sampleTicket('A-031'), jobId });
    await harness.printer.waitForJobs(1);
    // The data folder as a crash would leave it: bytes gone out, no answer yet.
    const afterCrash = join(harness.dir, 'data-setelah-mati');
    await cp(join(harness.dir, 'data'), afterCrash, { recursive: true });
    await printing;

    harness.printer.setMode('ready');
    harness.restart({ dataDir: afterCrash });
    const jobs = await harness.call('printer:jobs', {});
    expect(jobs.ok && jobs.value).toEqual([
      expect.objectContaining({ id: jobId, state: 'uncertain', attempts: 1 }),
    ]);
    expect(jobs.ok && jobs.value[0]?.error?.message).toContain('Aplikasi tertutup saat');
    await new Promise((r) => setTimeout(r, 300));
    expect(harness.printer.jobs()).toHaveLength(1);

    const again = await harness.call('printer:confirmJob', { jobId, action: 'reprint' });
    expect(again.ok && again.value).toMatchObject({ state: 'done', attempts: 2 });
    expect(harness.printer.jobs()).toHaveLength(2);
    // Exactly the same ticket, from the bytes kept with the job.
    expect(linesOf(harness.printer.jobs()[1])).toEqual(linesOf(harness.printer.jobs()[0]));
  });

  it('tiket yang gagal (kertas habis) tetap di antrean setelah dimulai ulang dan dapat dicetak lagi', async () => {
    const harness = await startPrinterHarness({ mode: 'paper-out' });
    h = harness;
    const failed = await harness.call('printer:printTicket', {
      ticket: sampleTicket('A-032'),
      jobId,
    });
    expect(!failed.ok && failed.error.code).toBe('PRINTER_PAPER_OUT');

    harness.restart();
    harness.printer.setMode('ready');
    const jobs = await harness.call('printer:jobs', {});
    expect(jobs.ok && jobs.value[0]).toMatchObject({
      id: jobId,
      state: 'failed',
      error: { code: 'PRINTER_PAPER_OUT' },
    });
    const again = await harness.call('printer:confirmJob', { jobId, action: 'reprint' });
    expect(again.ok && again.value.state).toBe('done');
    expect(linesOf(harness.printer.jobs()[0])).toContain('A-032');
  });

  it('riwayat cetak tetap terlihat; tugas yang selesai tidak menyimpan isinya', async () => {
    const harness = await startPrinterHarness();
    h = harness;
    await harness.call('printer:printTicket', { ticket: sampleTicket('A-033') });
    await harness.call('printer:printTicket', { ticket: sampleTicket('A-034') });
    harness.restart();
    const jobs = await harness.call('printer:jobs', {});
    expect(jobs.ok && jobs.value.map((j) => [j.label, j.state])).toEqual([
      ['Tiket A-034', 'done'],
      ['Tiket A-033', 'done'],
    ]);
    const file = await readFile(join(harness.dir, 'data', 'print-jobs.json'), 'utf8');
    expect(file).not.toContain('bytesBase64');
  });

  it('berkas antrean yang rusak disisihkan; aplikasi tetap mencetak', async () => {
    const harness = await startPrinterHarness();
    h = harness;
    const dataDir = join(harness.dir, 'data');
    await writeFile(join(dataDir, 'print-jobs.json'), '{"version":1,"jobs":[{"view":');
    harness.restart();
    const jobs = await harness.call('printer:jobs', {});
    expect(jobs.ok && jobs.value).toEqual([]);
    expect((await readdir(dataDir)).some((n) => n.startsWith('print-jobs.json.rusak-'))).toBe(true);
    const printed = await harness.call('printer:printTicket', { ticket: sampleTicket('A-035') });
    expect(printed.ok && printed.value.state).toBe('done');
  });
});

describe('status printer dan pencetakan berbagi satu sambungan', () => {
  it('pemeriksaan status tidak pernah membuka sambungan kedua selagi tiket dicetak', async () => {
    const harness = await startPrinterHarness();
    h = harness;
    harness.printer.setMode('slow', 150);
    const results = await Promise.all([
      harness.call('printer:printTicket', { ticket: sampleTicket('A-036') }),
      harness.call('printer:status', {}),
      harness.call('printer:printTicket', { ticket: sampleTicket('A-037') }),
      harness.call('printer:status', {}),
    ]);
    expect(results.map((r) => r.ok)).toEqual([true, true, true, true]);
    expect(harness.printer.jobs()).toHaveLength(2);
    // The slow printer holds each connection 150 ms, so a status check beside a ticket would
    // overlap it by about that much; one after the other, only event-loop jitter remains.
    expect(harness.printer.longestOverlapMs()).toBeLessThan(50);
  });
});

describe('berkas cetak kartu sementara', () => {
  it('salinan terkalibrasi bertahan selama tugasnya terbuka, lalu dihapus; sisa lama dibersihkan', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'loket-card-restart-'));
    const failingLp = await installFakeLp(join(dir, 'lp'), { exitCode: 1 });
    const source = join(dir, 'kartu.pdf');
    await writeFile(source, await cardPdf('cr80'));
    const deps = {
      commandRunner: runnerWithPath(failingLp.binDir),
      archive: { pathOf: async () => source },
    };
    const harness = await startPrinterHarness({ deps });
    h = harness;
    await harness.configure({
      card: { printerName: 'Kartu-Loket', layout: 'cr80', calibration: { dx: 1, dy: 1 } },
    });
    const workDir = join(harness.dir, 'data', 'cetak-sementara');
    const failed = await harness.call('printer:printCard', { sha256: 'b'.repeat(64), jobId });
    expect(!failed.ok && failed.error.code).toBe('PRINT_REJECTED');
    await writeFile(join(workDir, 'sisa-tugas-lama.pdf'), 'x');

    harness.restart(deps);
    const jobs = await harness.call('printer:jobs', {});
    expect(jobs.ok && jobs.value[0]).toMatchObject({ id: jobId, state: 'failed' });
    // The next card job waits for the clean-up, which keeps only what open jobs need.
    await harness.call('printer:printCard', { sha256: 'c'.repeat(64) });
    expect(await readdir(workDir)).toEqual(expect.arrayContaining([`${jobId}.pdf`]));
    expect(await readdir(workDir)).not.toContain('sisa-tugas-lama.pdf');

    await harness.call('printer:confirmJob', { jobId, action: 'cancel' });
    expect(await readdir(workDir)).not.toContain(`${jobId}.pdf`);
    await rm(dir, { recursive: true, force: true });
  });
});
