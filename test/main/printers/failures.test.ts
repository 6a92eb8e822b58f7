import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCommandRunner } from '../../../src-main/printers/command-runner.js';
import { decodeEscPos } from '../../fakes/escpos-decoder.js';
import { installFakeLp } from '../../fakes/fake-lp.js';
import { sampleTicket, startPrinterHarness, type PrinterHarness } from './printer-harness.js';

const jobId = '0195a3f2-7c1e-7b44-9a10-3c5d2e8f9a99';

let h: PrinterHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** A port that refuses connections: listen, note the port, close. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

describe('printer menolak sebelum data dikirim', () => {
  it.each([
    ['paper-out', 'PRINTER_PAPER_OUT', 'Kertas printer struk habis'],
    ['cover-open', 'PRINTER_COVER_OPEN', 'Penutup printer struk terbuka'],
    ['offline', 'PRINTER_OFFLINE', 'Printer struk sedang offline'],
  ] as const)(
    '%s: pesan jelas, tugas gagal, tidak ada byte cetak, cetak ulang setelah diperbaiki',
    async (mode, code, message) => {
      h = await startPrinterHarness({ mode });
      const status = await h.call('printer:status', {});
      expect(status.ok && status.value.state).toBe(mode);
      expect(status.ok && status.value.message).toContain(message);

      const result = await h.call('printer:printTicket', { ticket: sampleTicket('A-001'), jobId });
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error).toMatchObject({
        code,
        message: expect.stringContaining(message),
      });
      expect(h.printer.jobs()).toHaveLength(0);
      const jobs = await h.call('printer:jobs', {});
      expect(jobs.ok && jobs.value.map((j) => [j.id, j.state])).toEqual([[jobId, 'failed']]);

      // "Sudah tercetak" makes no sense for a job that never left: refused.
      const wrong = await h.call('printer:confirmJob', { jobId, action: 'printed' });
      expect(!wrong.ok && wrong.error.code).toBe('PRINT_JOB_STATE');

      h.printer.setMode('ready');
      const again = await h.call('printer:confirmJob', { jobId, action: 'reprint' });
      expect(again.ok && again.value).toMatchObject({ state: 'done', attempts: 2 });
      expect(h.printer.jobs()).toHaveLength(1);
      expect(decodeEscPos(h.printer.jobs()[0] ?? Buffer.alloc(0)).lines).toContain('A-001');
    },
  );

  it('printer mati / alamat salah: tidak terhubung, tugas gagal dengan alamatnya', async () => {
    h = await startPrinterHarness();
    const port = await closedPort();
    await h.configure({ thermal: { connection: `tcp://127.0.0.1:${port}` } });
    const status = await h.call('printer:status', {});
    expect(status.ok && status.value.state).toBe('unreachable');
    const result = await h.call('printer:printTicket', { ticket: sampleTicket('A-002') });
    expect(!result.ok && result.error.code).toBe('PRINTER_UNREACHABLE');
    expect(!result.ok && result.error.message).toContain(`127.0.0.1:${port}`);
  });

  it('printer dinonaktifkan: tidak ada tugas, pesan menyuruh mengaktifkan', async () => {
    h = await startPrinterHarness();
    await h.configure({ thermal: { enabled: false } });
    const result = await h.call('printer:printTicket', { ticket: sampleTicket('A-003') });
    expect(!result.ok && result.error).toMatchObject({ code: 'PRINTER_DISABLED' });
    expect(!result.ok && result.error.message).toContain('Pengaturan > Printer');
    const jobs = await h.call('printer:jobs', {});
    expect(jobs.ok && jobs.value).toEqual([]);
  });
});

describe('batas waktu setelah data terkirim', () => {
  it('status belum pasti, tidak pernah dikirim ulang otomatis; petugas memilih', async () => {
    h = await startPrinterHarness({ mode: 'swallow' });
    const result = await h.call('printer:printTicket', { ticket: sampleTicket('A-010'), jobId });
    expect(!result.ok && result.error.code).toBe('PRINT_UNCERTAIN');
    expect(!result.ok && result.error.message).toContain("'Sudah tercetak' atau 'Cetak ulang'");
    const jobs = await h.call('printer:jobs', {});
    expect(jobs.ok && jobs.value[0]).toMatchObject({ id: jobId, state: 'uncertain', attempts: 1 });

    // The same request again (double click, retried IPC) must not print a second copy.
    const repeat = await h.call('printer:printTicket', { ticket: sampleTicket('A-010'), jobId });
    expect(!repeat.ok && repeat.error.code).toBe('PRINT_UNCERTAIN');
    // Wait longer than a whole attempt would take: nothing re-sends by itself.
    await new Promise((r) => setTimeout(r, 600));
    expect(h.printer.jobs()).toHaveLength(1);
    expect(decodeEscPos(h.printer.jobs()[0] ?? Buffer.alloc(0)).lines).toContain('A-010');

    const confirmed = await h.call('printer:confirmJob', { jobId, action: 'printed' });
    expect(confirmed.ok && confirmed.value).toMatchObject({ state: 'done' });
    expect(confirmed.ok && confirmed.value.error).toBeUndefined();
    expect(h.printer.jobs()).toHaveLength(1);
  });

  it("'Cetak ulang' mengirim tepat satu salinan lagi", async () => {
    h = await startPrinterHarness({ mode: 'swallow' });
    await h.call('printer:printTicket', { ticket: sampleTicket('A-011'), jobId });
    h.printer.setMode('ready');
    const again = await h.call('printer:confirmJob', { jobId, action: 'reprint' });
    expect(again.ok && again.value).toMatchObject({ state: 'done', attempts: 2 });
    expect(h.printer.jobs()).toHaveLength(2);
  });

  it("'Batalkan' menutup tugas tanpa mengirim apa pun", async () => {
    h = await startPrinterHarness({ mode: 'swallow' });
    await h.call('printer:printTicket', { ticket: sampleTicket('A-012'), jobId });
    const cancelled = await h.call('printer:confirmJob', { jobId, action: 'cancel' });
    expect(cancelled.ok && cancelled.value.state).toBe('cancelled');
    const late = await h.call('printer:confirmJob', { jobId, action: 'reprint' });
    expect(!late.ok && late.error.code).toBe('PRINT_JOB_STATE');
    expect(h.printer.jobs()).toHaveLength(1);
  });
});

describe('printer lambat dan antrean', () => {
  it('printer yang lambat menjawab status tetap mencetak sekali', async () => {
    h = await startPrinterHarness();
    h.printer.setMode('slow', 250);
    const result = await h.call('printer:printTicket', { ticket: sampleTicket('A-020') });
    expect(result.ok && result.value.state).toBe('done');
    expect(h.printer.jobs()).toHaveLength(1);
  });

  it('tiket yang diminta bersamaan dicetak berurutan sesuai permintaan, masing-masing utuh', async () => {
    const harness = await startPrinterHarness();
    h = harness;
    const wanted = ['B-001', 'B-002', 'B-003', 'B-004', 'B-005'];
    // Requests arrive in order but each awaits the settings file: none may overtake another.
    const results = await Promise.all(
      wanted.map((n) => harness.call('printer:printTicket', { ticket: sampleTicket(n) })),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    const numbers = harness.printer
      .jobs()
      .map((job) => decodeEscPos(job).lines.filter((l) => /^B-00\d$/.test(l)));
    expect(numbers).toEqual(wanted.map((n) => [n]));
  });

  it('tugas yang tidak dikenal: pesan bahwa harus dicetak lagi dari data', async () => {
    h = await startPrinterHarness();
    const result = await h.call('printer:confirmJob', { jobId, action: 'printed' });
    expect(!result.ok && result.error.code).toBe('PRINT_JOB_NOT_FOUND');
  });
});

describe('printer USB lewat antrean sistem operasi (lp -o raw)', () => {
  let dir = '';
  afterEach(async () => rm(dir, { recursive: true, force: true }));
  async function lpRunner(exitCode = 0) {
    dir = await mkdtemp(join(tmpdir(), 'loket-lp-'));
    const lp = await installFakeLp(dir, { exitCode });
    const path = `${lp.binDir}:${process.env.PATH ?? ''}`;
    return { lp, run: createCommandRunner({ env: { ...process.env, PATH: path } }) };
  }

  it('byte ESC/POS yang sama diserahkan ke lp tanpa diubah', async () => {
    const { lp, run } = await lpRunner();
    h = await startPrinterHarness({ deps: { commandRunner: run } });
    await h.configure({ thermal: { connection: 'printer:TM-T82' } });
    const status = await h.call('printer:status', {});
    expect(status.ok && status.value.state).toBe('unknown');
    const result = await h.call('printer:printTicket', { ticket: sampleTicket('C-001') });
    expect(result.ok && result.value.state).toBe('done');
    const [job] = await lp.jobs();
    expect(job?.args.slice(0, 4)).toEqual(['-d', 'TM-T82', '-o', 'raw']);
    const decoded = decodeEscPos(job?.bytes ?? Buffer.alloc(0));
    expect(decoded.lines).toContain('C-001');
    expect(decoded.cuts).toBe(1);
  });

  it('lp menolak (antrean tidak ada): gagal, bukan belum pasti', async () => {
    const { run } = await lpRunner(1);
    h = await startPrinterHarness({ deps: { commandRunner: run } });
    await h.configure({ thermal: { connection: 'printer:SALAH' } });
    const result = await h.call('printer:printTicket', { ticket: sampleTicket('C-002') });
    expect(!result.ok && result.error.code).toBe('PRINT_REJECTED');
    expect(!result.ok && result.error.message).toContain('does not exist');
    const jobs = await h.call('printer:jobs', {});
    expect(jobs.ok && jobs.value[0]?.state).toBe('failed');
  });
});
