import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createCommandRunner,
  type CommandRunner,
} from '../../../src-main/printers/command-runner.js';
import { installFakeLp, type FakeLp } from '../../fakes/fake-lp.js';
import {
  cardPdf,
  markPositionMm,
  pdfinfoSizeMm,
  runnerWithPath,
  sizes,
} from './card-print-support.js';
import { startPrinterHarness, type PrinterHarness } from './printer-harness.js';

let dir: string;
let lp: FakeLp;
let h: PrinterHarness;
const archived = new Map<string, string>();

async function archive(bytes: Uint8Array): Promise<string> {
  const sha = createHash('sha256').update(bytes).digest('hex');
  const path = join(dir, 'arsip', sha);
  await mkdir(join(dir, 'arsip'), { recursive: true });
  await writeFile(path, bytes);
  archived.set(sha, path);
  return sha;
}

async function harness(run: CommandRunner): Promise<PrinterHarness> {
  return startPrinterHarness({
    deps: { commandRunner: run, archive: { pathOf: async (sha) => archived.get(sha) } },
  });
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'loket-card-'));
  lp = await installFakeLp(dir);
  h = await harness(runnerWithPath(lp.binDir));
});
afterEach(async () => {
  await h.close();
  await rm(dir, { recursive: true, force: true });
  archived.clear();
});

describe.each(['a4-landscape', 'cr80'] as const)('kartu %s lewat CUPS', (layout) => {
  const [w, hgt] = sizes[layout];

  it('PDF diserahkan ke lp dengan ukuran kertas persis dan tanpa penskalaan', async () => {
    await h.configure({ card: { printerName: 'Kartu-Loket', layout } });
    const sha = await archive(await cardPdf(layout, 2));
    const result = await h.call('printer:printCard', { sha256: sha });
    expect(result.ok && result.value).toMatchObject({
      state: 'done',
      printer: 'card',
      kind: 'card',
    });
    const [job] = await lp.jobs();
    if (!job) throw new Error('lp was not called');
    expect(job.args).toEqual(
      expect.arrayContaining([
        '-d',
        'Kartu-Loket',
        `media=Custom.${w}x${hgt}mm`,
        'fit-to-page=false',
      ]),
    );
    const [pw, ph] = pdfinfoSizeMm(job.path);
    expect(pw).toBeCloseTo(w, 1);
    expect(ph).toBeCloseTo(hgt, 1);
    // Uncalibrated: the archived file itself is printed, byte for byte.
    expect(createHash('sha256').update(job.bytes).digest('hex')).toBe(sha);
  });

  it('offset kalibrasi menggeser isi, ukuran halaman tetap', async () => {
    await h.configure({
      card: { printerName: 'Kartu-Loket', layout, calibration: { dx: 2, dy: -1.5 } },
    });
    const sha = await archive(await cardPdf(layout));
    const result = await h.call('printer:printCard', { sha256: sha });
    expect(result.ok).toBe(true);
    const [job] = await lp.jobs();
    if (!job) throw new Error('lp was not called');
    const [pw, ph] = pdfinfoSizeMm(job.path);
    expect([pw, ph].map((n) => Math.round(n * 10) / 10)).toEqual(
      [w, hgt].map((n) => Math.round(n * 10) / 10),
    );
    const [x0, y0] = markPositionMm(archived.get(sha) ?? '');
    const [x1, y1] = markPositionMm(job.path);
    expect(x1 - x0).toBeCloseTo(2, 1);
    expect(y1 - y0).toBeCloseTo(-1.5, 1);
  });

  it('halaman uji: grid milimeter seukuran tata letak, offset tercetak', async () => {
    await h.configure({
      card: { printerName: 'Kartu-Loket', layout, calibration: { dx: 1.5, dy: -0.5 } },
    });
    const result = await h.call('printer:testPage', { printer: 'card' });
    expect(result.ok && result.value.kind).toBe('test-card');
    const [job] = await lp.jobs();
    if (!job) throw new Error('lp was not called');
    const [pw, ph] = pdfinfoSizeMm(job.path);
    expect(pw).toBeCloseTo(w, 1);
    expect(ph).toBeCloseTo(hgt, 1);
    const text = execFileSync('pdftotext', ['-raw', job.path, '-'], { encoding: 'utf8' });
    expect(text).toContain('Kalibrasi: dx +1.5 mm, dy -0.5 mm');
    expect(text).toContain('HALAMAN UJI PRINTER KARTU');
  });
});

describe('kartu tanpa printer', () => {
  it('tanpa perintah lp: PDF disimpan dan lokasinya dilaporkan', async () => {
    await h.close();
    const empty = join(dir, 'kosong');
    await mkdir(empty);
    h = await harness(createCommandRunner({ env: { PATH: empty } }));
    await h.configure({ card: { printerName: 'Kartu-Loket', layout: 'cr80' } });
    const sha = await archive(await cardPdf('cr80'));
    const result = await h.call('printer:printCard', { sha256: sha });
    expect(result.ok && result.value.state).toBe('done');
    const savedTo = result.ok ? result.value.savedTo : undefined;
    expect(savedTo).toContain(join(h.dir, 'data', 'cetak-kartu'));
    const [pw, ph] = pdfinfoSizeMm(savedTo ?? '');
    expect(pw).toBeCloseTo(85.6, 1);
    expect(ph).toBeCloseTo(53.98, 1);
  });

  it('printer kartu belum dipilih: disimpan, lp tidak dipanggil', async () => {
    const sha = await archive(await cardPdf('a4-landscape'));
    const result = await h.call('printer:printCard', { sha256: sha });
    expect(result.ok && result.value.savedTo).toMatch(/\.pdf$/);
    expect(await lp.jobs()).toEqual([]);
    expect(await readdir(join(h.dir, 'data', 'cetak-kartu'))).toHaveLength(1);
  });

  it('ukuran PDF tidak cocok dengan tata letak: ditolak sebelum dicetak', async () => {
    await h.configure({ card: { printerName: 'Kartu-Loket', layout: 'cr80' } });
    const sha = await archive(await cardPdf('a4-landscape'));
    const result = await h.call('printer:printCard', { sha256: sha });
    expect(!result.ok && result.error.code).toBe('CARD_LAYOUT_MISMATCH');
    expect(!result.ok && result.error.message).toContain('297 x 210 mm');
    expect(await lp.jobs()).toEqual([]);
  });

  it('PDF tidak ada di arsip: pesan untuk membuat ulang kartu', async () => {
    const result = await h.call('printer:printCard', { sha256: 'a'.repeat(64) });
    expect(!result.ok && result.error).toMatchObject({ code: 'CARD_PDF_NOT_FOUND' });
  });

  it('lp menolak: tugas gagal dengan pesan dari CUPS', async () => {
    await h.close();
    const failing = await installFakeLp(join(dir, 'gagal'), { exitCode: 1 });
    h = await harness(runnerWithPath(failing.binDir));
    await h.configure({ card: { printerName: 'Tidak-Ada', layout: 'cr80' } });
    const sha = await archive(await cardPdf('cr80'));
    const result = await h.call('printer:printCard', { sha256: sha });
    expect(!result.ok && result.error.code).toBe('PRINT_REJECTED');
    expect(!result.ok && result.error.message).toContain('Tidak-Ada');
  });
});

/** Width and height in pixels from a PNG's header. */
async function pngSize(file: string): Promise<[number, number]> {
  const header = await readFile(file);
  return [header.readUInt32BE(16), header.readUInt32BE(20)];
}

describe('kartu dikirim sebagai gambar (driver yang mengabaikan ukuran kertas)', () => {
  it.each(['a4-landscape', 'cr80'] as const)(
    '%s: tiap halaman jadi gambar 300 dpi seukuran kartu, diletakkan di pojok kiri atas',
    async (layout) => {
      await h.configure({ card: { printerName: 'Kartu-Loket', layout, sendAs: 'image' } });
      const pages = layout === 'cr80' ? 2 : 1;
      const sha = await archive(await cardPdf(layout, pages));
      const result = await h.call('printer:printCard', { sha256: sha });
      expect(result.ok && result.value.state).toBe('done');
      const [job] = await lp.jobs();
      if (!job) throw new Error('lp was not called');
      expect(job.args).toEqual(
        expect.arrayContaining([
          'ppi=300',
          'position=top-left',
          `media=Custom.${sizes[layout].join('x')}mm`,
        ]),
      );
      expect(job.files).toHaveLength(pages);
      for (const file of job.files) {
        const [wPx, hPx] = await pngSize(file);
        // Printed at 300 ppi, the image measures the card within a pixel (0.085 mm).
        expect(Math.abs((wPx / 300) * 25.4 - sizes[layout][0])).toBeLessThan(0.1);
        expect(Math.abs((hPx / 300) * 25.4 - sizes[layout][1])).toBeLessThan(0.1);
      }
      // The drawn pages are handed over, then nothing is left behind in the temp folder.
      const leftovers = (await readdir(tmpdir())).filter((n) =>
        n.startsWith('loket-kartu-gambar-'),
      );
      expect(leftovers).toEqual([]);
    },
  );

  it('tanpa pdftoppm: gagal dengan pesan yang menyuruh memasang poppler atau memilih PDF, lp tidak dipanggil', async () => {
    await h.close();
    const real = runnerWithPath(lp.binDir);
    const noPoppler: CommandRunner = async (command, args, options) =>
      command === 'pdftoppm' ? { kind: 'not-found' } : real(command, args, options);
    h = await harness(noPoppler);
    await h.configure({ card: { printerName: 'Kartu-Loket', layout: 'cr80', sendAs: 'image' } });
    const sha = await archive(await cardPdf('cr80'));
    const result = await h.call('printer:printCard', { sha256: sha });
    expect(!result.ok && result.error.code).toBe('PRINT_REJECTED');
    expect(!result.ok && result.error.message).toMatch(/pdftoppm.*poppler-utils.*"PDF"/);
    expect(await lp.jobs()).toEqual([]);
  });
});
