import { expect, test } from './fixtures.js';
import { CounterPage } from './pages/counter-page.js';

test('settings: officers with roles and NIP, the checklist and the number pattern shape the counter', async ({
  page,
  app,
}) => {
  const counter = new CounterPage(page);
  await counter.open(app.url);
  await counter.menu('Pengaturan').click();
  await expect(
    page.getByText('Kode loket (di dalam nomor, mencegah nomor kembar antarloket)'),
  ).toBeVisible();

  // A new officer: a short NIP and no role are refused, each with its fix.
  const add = page.getByRole('group', { name: 'Tambah petugas baru' });
  await add.getByLabel('Nama dan gelar').fill('Kadek Wirawan');
  await add.getByLabel('NIP').fill('1990');
  await add.getByRole('button', { name: 'Tambah petugas' }).click();
  await expect(add).toContainText('NIP harus 18 digit');
  await expect(add).toContainText('Pilih minimal satu peran petugas.');
  await add.getByLabel('NIP').fill('');
  await add.getByLabel('Pengantar Kerja / Petugas Antar Kerja').check();
  await add.getByRole('button', { name: 'Tambah petugas' }).click();
  await expect(page.getByRole('group', { name: /Petugas \d: Kadek Wirawan/ })).toBeVisible();
  await expect(
    page.getByLabel('Petugas bertugas').locator('option', { hasText: 'Kadek Wirawan' }),
  ).toHaveCount(1);

  // The KK becomes a required document; step 3 lists it.
  await page.getByRole('button', { name: 'Tambah persyaratan' }).click();
  await page
    .getByRole('group', { name: 'Persyaratan 6' })
    .getByLabel('Nama berkas')
    .fill('Fotokopi Kartu Keluarga');
  await page.getByRole('button', { name: 'Simpan persyaratan' }).click();
  await expect(
    page.getByRole('region', { name: 'Persyaratan berkas (langkah 3)' }).getByRole('status'),
  ).toHaveText('Tersimpan.');

  // A pattern without the counter code could collide between counters: refused.
  await page.getByLabel('Pola nomor pendaftaran').fill('{kota:4}{DDMMYY}{seq:6}');
  await expect(page.getByText(/Pola harus memuat tepat satu \{loket:n\}/).first()).toBeVisible();
  await page.getByLabel('Pola nomor pendaftaran').fill('{kota:4}{DDMMYY}{loket:2}{seq:4}');
  await expect(page.getByText(/^5171\d{6}010001$/)).toBeVisible();

  await counter.menu('Layanan loket').click();
  await counter.startVisit('Pembuatan AK/I baru');
  await counter.greet({ nik: '5171031203980004', name: 'I Komang Adi Pranata' });
  await counter.explainRequirements();
  await counter.expectStep(3);
  await expect(counter.panel(3).getByLabel('Fotokopi Kartu Keluarga')).toBeVisible();
  await counter.panel(3).getByLabel('Fotokopi Kartu Keluarga').check();
  await counter.panel(3).getByRole('button', { name: 'Kembalikan berkas (3 kurang)' }).click();
  await expect(page.getByRole('document', { name: 'Slip berkas dikembalikan' })).not.toContainText(
    'Kartu Keluarga',
  );
});

test('each counter PC gets its own code, and new registration numbers carry it', async ({
  page,
  app,
}) => {
  const counter = new CounterPage(page);
  await counter.open(app.url);
  await counter.menu('Pengaturan').click();
  const code = page.getByLabel('Kode loket (di dalam nomor, mencegah nomor kembar antarloket)');
  await code.fill('2');
  await page.getByRole('button', { name: 'Simpan identitas loket' }).click();
  await expect(page.getByText('Kode loket harus 2 digit angka, misalnya 02.')).toBeVisible();
  await expect(code).toHaveValue('2');

  await code.fill('02');
  await page.getByLabel('Nama loket').fill('Loket Dua');
  await page.getByRole('button', { name: 'Simpan identitas loket' }).click();
  await expect(page.getByText('Loket 02 · Loket Dua')).toBeVisible();
  await counter.menu('Pengaturan').click();
  await expect(page.getByText(/^5171\d{6}020001$/)).toBeVisible();
});

test('Pengaturan says where the records are kept and warns while the browser may evict them', async ({
  page,
  app,
}) => {
  const counter = new CounterPage(page);
  await counter.open(app.url);
  await counter.menu('Pengaturan').click();
  const storage = page.getByRole('region', { name: 'Penyimpanan data di komputer ini' });
  await expect(storage).toContainText(/Terpakai [\d,.]+ MB dari [\d,.]+ MB/);
  // Headless Chromium, like a plain browser without engagement, refuses persistent storage.
  await expect(storage.getByRole('alert')).toContainText('Penyimpanan belum permanen');
  await expect(storage.getByRole('alert')).toContainText('Jalankan aplikasi Loket AK/I (Electron)');
});
