import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installFakeLp } from '../fakes/fake-lp.js';
import { installFakeLpstat } from '../fakes/fake-lpstat.js';
import { expect, test } from './fixtures.js';
import { PrinterSettingsPage } from './pages/printer-settings-page.js';
import { docScreenshot } from './helpers/doc-screenshot.js';

/**
 * The host runs inside this test process and spawns `lp` / `lpstat` from PATH when it prints:
 * fakes of both go first on PATH for the length of one test.
 */
test.describe('installed printers', () => {
  let dir: string;
  let savedPath: string | undefined;
  test.beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'loket-e2e-cups-'));
    savedPath = process.env['PATH'];
  });
  test.afterEach(async () => {
    process.env['PATH'] = savedPath;
    await rm(dir, { recursive: true, force: true });
  });

  test('the officer picks the card printer from the installed ones; sent as an image, the card keeps its exact size', async ({
    page,
    app,
  }) => {
    const lpstat = await installFakeLpstat(
      dir,
      ['HP_LaserJet', 'Evolis_Primacy'],
      'Evolis_Primacy',
    );
    const lp = await installFakeLp(join(dir, 'lp'));
    process.env['PATH'] = `${lpstat}:${lp.binDir}:${savedPath ?? ''}`;

    const screen = new PrinterSettingsPage(page);
    await screen.open(app.url);
    const installed = screen
      .card()
      .getByRole('group', { name: 'Printer terpasang di komputer ini' });
    await expect(installed.getByRole('button')).toHaveText([
      'Evolis_Primacy · bawaan',
      'HP_LaserJet',
      'Cari printer lagi',
    ]);
    // A typo is caught before anything is printed...
    await screen.card().getByLabel('Nama printer kartu').fill('Evolis_Primacyy');
    await expect(screen.card().getByRole('alert')).toContainText(
      'Printer "Evolis_Primacyy" tidak ada di daftar printer terpasang',
    );
    // ...and one press puts the exact name in.
    await installed.getByRole('button', { name: 'Evolis_Primacy' }).click();
    await expect(screen.card().getByRole('alert')).toHaveCount(0);
    await expect(screen.card().getByLabel('Nama printer kartu')).toHaveValue('Evolis_Primacy');
    await expect(installed.getByRole('button', { name: 'Evolis_Primacy' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await screen.card().getByLabel('CR80 (kartu PVC)').check();
    await screen.card().getByLabel('Gambar berukuran tepat').check();
    await screen.save();
    await page.getByText('Pengaturan printer tersimpan.').waitFor();

    await screen.printTestPage('card');
    await expect(screen.job('Halaman uji printer kartu')).toContainText('Selesai');
    await docScreenshot(page, 'printer-settings', { fullPage: true });
    const [job] = await lp.jobs();
    expect(job?.args).toEqual(
      expect.arrayContaining(['Evolis_Primacy', 'ppi=300', 'position=top-left']),
    );
    expect(job?.files).toHaveLength(1);
    const png = await readFile(job?.files[0] ?? '');
    // At 300 pixels per inch the image measures 85.6 x 53.98 mm, to within a pixel (0.085 mm).
    const mm = (px: number) => (px / 300) * 25.4;
    expect(Math.abs(mm(png.readUInt32BE(16)) - 85.6)).toBeLessThan(0.1);
    expect(Math.abs(mm(png.readUInt32BE(20)) - 53.98)).toBeLessThan(0.1);
  });

  test('without CUPS the list says why and the name can still be typed', async ({ page, app }) => {
    process.env['PATH'] = join(dir, 'tidak-ada');
    const screen = new PrinterSettingsPage(page);
    await screen.open(app.url);
    const installed = screen
      .card()
      .getByRole('group', { name: 'Printer terpasang di komputer ini' });
    await expect(installed).toContainText('CUPS (lpstat) tidak terpasang');
    await screen.card().getByLabel('Nama printer kartu').fill('Evolis_Primacy');
    await screen.save();
    await expect(page.getByText('Pengaturan printer tersimpan.')).toBeVisible();
  });
});
