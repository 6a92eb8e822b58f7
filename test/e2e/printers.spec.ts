import { existsSync } from 'node:fs';
import { cp, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { checkPdf } from './helpers/pdf-check.js';
import { openBrowserModeHost } from '../fixtures/browser-mode-host.js';
import { endsWithCut, expect, test } from './helpers/emulator.js';
import { PrinterSettingsPage } from './pages/printer-settings-page.js';
import { mainMenuEntry } from './pages/main-menu.js';

test('the officer sets up the receipt printer and its test page comes out on 58 mm paper', async ({
  page,
  app,
  printer,
}) => {
  const screen = new PrinterSettingsPage(page);
  await screen.open(app.url);
  // A fresh install never sends bytes anywhere until the printer is set up.
  await expect(screen.badge()).toHaveText('Printer struk: nonaktif');

  // A wrong address is named and explained; nothing is saved.
  await screen.thermal().getByLabel('Printer struk aktif').check();
  await screen.thermal().getByLabel('Alamat printer struk').fill('tcp://127.0.0.1:abc');
  await screen.save();
  await expect(page.getByRole('alert')).toContainText('Alamat printer struk tidak dikenali');
  await expect(screen.thermal().getByLabel('Alamat printer struk')).toBeFocused();

  await screen.configureThermal(printer.url, '58');
  await expect(screen.badge()).toHaveText('Printer struk: siap');

  await screen.printTestPage('thermal');
  await expect(screen.thermal()).toContainText('Halaman uji printer struk terkirim ke printer.');
  await printer.waitForJobs(1);
  const [paper] = printer.printed();
  expect(paper?.lines).toContain('HALAMAN UJI PRINTER STRUK');
  expect(paper?.lines).toContain('12345678901234567890123456789012');
  expect(paper?.lines.some((line) => line.includes(printer.url))).toBe(true);
  expect(paper?.lines.some((line) => line.includes('58 mm (32 karakter)'))).toBe(true);
  expect(paper?.qr).toEqual(['UJI-PRINTER']);
  expect(paper && endsWithCut(paper)).toBe(true);
  expect(paper?.unknown).toEqual([]);
  await expect(screen.job('Halaman uji printer struk')).toContainText('Selesai');
});

test('paper out: the badge and the attempt say so, nothing prints, and the job waits for "Coba cetak lagi"', async ({
  page,
  app,
  printer,
}) => {
  const screen = new PrinterSettingsPage(page);
  await screen.open(app.url);
  await screen.configureThermal(printer.url);
  await expect(screen.badge()).toHaveText('Printer struk: siap');

  printer.setMode('paper-out');
  await screen.printTestPage('thermal');
  await expect(screen.thermal().getByRole('alert')).toContainText('Kertas printer struk habis');
  await expect(screen.badge()).toHaveText('Printer struk: kertas habis');
  const job = screen.job('Halaman uji printer struk');
  await expect(job).toContainText('Gagal');
  await expect(job.getByRole('button', { name: 'Coba cetak lagi' })).toBeVisible();
  expect(printer.printed()).toHaveLength(0);
  // Seen from any screen: the menu counts what waits in the print queue.
  const menuEntry = mainMenuEntry(page, 'Printer (1 perlu perhatian)');
  await expect(menuEntry).toBeVisible();

  // Nothing is retried by itself; the officer loads paper and asks for it.
  printer.setMode('ready');
  await job.getByRole('button', { name: 'Coba cetak lagi' }).click();
  await printer.waitForJobs(1);
  await expect(screen.queue()).toContainText('Halaman uji printer struk terkirim ke printer.');
  await expect(screen.queue().getByRole('button', { name: 'Coba cetak lagi' })).toHaveCount(0);
  await expect(screen.badge()).toHaveText('Printer struk: siap');
  expect(printer.printed()).toHaveLength(1);
  await expect(menuEntry).toHaveCount(0);
  await expect(mainMenuEntry(page, 'Printer')).toHaveText('Printer');
});

test('a printer that takes the bytes but never confirms: the officer is asked, no second copy', async ({
  page,
  app,
  printer,
}) => {
  const screen = new PrinterSettingsPage(page);
  await screen.open(app.url);
  await screen.configureThermal(printer.url);

  printer.setMode('swallow');
  await screen.printTestPage('thermal');
  const job = screen.job('Halaman uji printer struk');
  // The main process waits 8 s for the printer to finish before calling it uncertain.
  await expect(job.getByText('Apakah struk sudah keluar?')).toBeVisible({ timeout: 20_000 });
  await expect(screen.thermal().getByRole('alert')).toContainText('belum pasti tercetak');
  await expect(job.getByRole('button', { name: 'Cetak ulang' })).toBeVisible();
  await expect(job.getByRole('button', { name: 'Batalkan' })).toBeVisible();
  expect(printer.printed()).toHaveLength(1);
  expect(printer.printed()[0]?.lines).toContain('HALAMAN UJI PRINTER STRUK');

  await job.getByRole('button', { name: 'Sudah tercetak' }).click();
  await expect(page.getByText('Apakah struk sudah keluar?')).toHaveCount(0);
  await expect(screen.job('Halaman uji printer struk')).toContainText('Selesai');
  expect(printer.printed()).toHaveLength(1);
});

test('without a card printer the card test page is saved as a PDF and its place is shown', async ({
  page,
  app,
}) => {
  const screen = new PrinterSettingsPage(page);
  await screen.open(app.url);
  await expect(screen.card().getByLabel('Nama printer kartu')).toHaveValue('');

  await screen.printTestPage('card');
  const folder = join(app.dataDir, 'cetak-kartu');
  const report = screen.card().getByRole('status').filter({ hasText: 'disimpan sebagai PDF' });
  await expect(report).toContainText('Halaman uji printer kartu disimpan sebagai PDF di');
  const text = (await report.textContent()) ?? '';
  const saved = new RegExp(`di (${folder.replace(/[/\\.]/g, '\\$&')}\\S+\\.pdf)`).exec(text)?.[1];
  expect(saved, text).toBeDefined();
  expect(existsSync(saved ?? '')).toBe(true);
  const pdf = await checkPdf(saved ?? '');
  // A4 landscape, the default layout: 297 x 210 mm.
  expect(pdf.widthPt).toBeCloseTo(841.89, 0);
  expect(pdf.heightPt).toBeCloseTo(595.28, 0);
  await expect(screen.job('Halaman uji printer kartu')).toContainText(saved ?? '');
});

test('after a crash mid-print the ticket is still in the queue as "Belum pasti"; the officer reprints it once', async ({
  page,
  app,
  printer,
}) => {
  const screen = new PrinterSettingsPage(page);
  await screen.open(app.url);
  await screen.configureThermal(printer.url);

  printer.setMode('swallow');
  await screen.printTestPage('thermal');
  await printer.waitForJobs(1);
  await expect(screen.job('Halaman uji printer struk')).toContainText('Mencetak');
  // The data folder as a power cut would leave it, opened by the app after the restart.
  const afterCrash = `${app.dataDir}-setelah-mati`;
  await cp(app.dataDir, afterCrash, { recursive: true });
  const restarted = await openBrowserModeHost(afterCrash);
  try {
    printer.setMode('ready');
    await screen.open(restarted.url);
    const job = screen.job('Halaman uji printer struk');
    await expect(job).toContainText('Belum pasti');
    await expect(job).toContainText('Aplikasi tertutup saat tugas ini sedang dikirim ke printer');
    // Never re-sent by itself.
    expect(printer.printed()).toHaveLength(1);

    await job.getByRole('button', { name: 'Cetak ulang' }).click();
    await expect(screen.job('Halaman uji printer struk')).toContainText('Selesai');
    await printer.waitForJobs(2);
    expect(printer.printed()).toHaveLength(2);
    expect(printer.printed()[1]?.lines).toEqual(printer.printed()[0]?.lines);
  } finally {
    await restarted.close();
    await rm(afterCrash, { recursive: true, force: true });
    // The first app is still waiting on the swallowed ticket; its data folder may only go once
    // it has written its verdict (after 8 s), or the clean-up would race with that write.
    await expect
      .poll(() => readFile(join(app.dataDir, 'print-jobs.json'), 'utf8'), { timeout: 15_000 })
      .toContain('"uncertain"');
  }
});
