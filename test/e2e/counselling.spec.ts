import { mkdir } from 'node:fs/promises';
import { expect, test } from './fixtures.js';
import { VacancyPage } from './pages/vacancy-page.js';

const sample = 'assets/data/contoh-lowongan.csv';
const header = 'id,perusahaan,jabatan,kbji,pendidikan_min,lokasi,tempat,kata_kunci,tutup';

// Every sample vacancy is open on this day; the test does not depend on the real date.
test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-01T10:00:00+08:00'));
});

test('the catalogue imports the sample CSV, shows the count and filters the open vacancies', async ({
  page,
  app,
}) => {
  const vacancies = new VacancyPage(page);
  await vacancies.open(app.url);
  await expect(page.getByText('Belum ada lowongan yang masih dibuka.')).toBeVisible();

  await vacancies.importPath(sample);
  await expect(vacancies.importResult()).toHaveText(
    '16 lowongan diimpor dari contoh-lowongan.csv (16 baru, 0 diperbarui).',
  );
  await expect(vacancies.listCount()).toHaveText(
    'Menampilkan 16 dari 16 lowongan yang masih dibuka.',
  );
  await expect(vacancies.rows()).toHaveCount(16);
  // Soonest closing first: the café closes on 31 December.
  await expect(vacancies.rows().first()).toContainText('31 Desember 2026');

  await mkdir('test-results/screenshots', { recursive: true });
  await page.screenshot({ path: 'test-results/screenshots/vacancies.png' });

  await vacancies.kbjiFilter().selectOption({ label: '5 - Tenaga Usaha Jasa dan Penjualan' });
  await expect(vacancies.listCount()).toHaveText(
    'Menampilkan 8 dari 16 lowongan yang masih dibuka.',
  );
  await vacancies.search().fill('jepang');
  await expect(vacancies.rows()).toHaveCount(1);
  await expect(vacancies.rows().first()).toContainText('Perawat lansia (kaigo)');
  await expect(vacancies.rows().first()).toContainText('Luar negeri: Osaka, Jepang');
  await vacancies.kbjiFilter().selectOption({ label: 'Semua golongan' });
  await vacancies.search().fill('programmer');
  await expect(vacancies.rows()).toHaveCount(1);
  await expect(vacancies.rows().first()).toContainText('PT Bali Digital Kreatif');

  // Importing the same file again updates instead of duplicating.
  await vacancies.importPath(sample);
  await expect(vacancies.importResult()).toHaveText(
    '16 lowongan diimpor dari contoh-lowongan.csv (0 baru, 16 diperbarui).',
  );
  await vacancies.search().fill('');
  await expect(vacancies.rows()).toHaveCount(16);
});

test('a CSV with a bad row shows the row error and imports the other rows', async ({
  page,
  app,
}) => {
  const vacancies = new VacancyPage(page);
  await vacancies.open(app.url);
  await vacancies.importText({
    name: 'lowongan-pasar.csv',
    content: [
      header,
      'PS-1,"Toko Oleh-oleh ""Krisna"", Denpasar",Pramuniaga,5223,SLTA,dalam-negeri,Denpasar,penjualan,2027-01-31',
      'PS-2,Hotel Bali Asri,Bellboy,9621,SMA,dalam-negeri,Denpasar,,2027-01-31',
      'PS-3,Warung Nasi Bali,Tukang cuci piring,9412,,dalam-negeri,Denpasar,dapur,15/01/2027',
    ].join('\r\n'),
  });

  await expect(vacancies.importResult()).toHaveText(
    '2 lowongan diimpor dari lowongan-pasar.csv (2 baru, 0 diperbarui).',
  );
  await expect(vacancies.rowErrors()).toContainText('1 baris tidak diimpor.');
  await expect(vacancies.rowErrors()).toContainText(
    "Baris 3, kolom pendidikan_min: 'SMA' tidak dikenal; gunakan SD, SLTP, SLTA, SMK, D-I",
  );
  await expect(vacancies.rows()).toHaveCount(2);
  await expect(vacancies.table()).toContainText('Toko Oleh-oleh "Krisna", Denpasar');
  await expect(vacancies.table()).toContainText('Semua pendidikan');

  // The fixed file replaces the catalogue: the sample's rows come in, the old ones go.
  await vacancies.chooseMode('ganti');
  await vacancies.importPath(sample);
  await expect(vacancies.importResult()).toContainText(
    '16 lowongan diimpor dari contoh-lowongan.csv (16 baru, 0 diperbarui). 2 lowongan lama yang tidak ada di berkas dihapus.',
  );
  await expect(vacancies.rowErrors()).toHaveCount(0);
  await expect(vacancies.rows()).toHaveCount(16);
});

test('a file that cannot be read is refused with the reason, and the catalogue is unchanged', async ({
  page,
  app,
}) => {
  const vacancies = new VacancyPage(page);
  await vacancies.open(app.url);
  await vacancies.importText({ name: 'lowongan.json', content: '[{"id": "A",]' });
  await expect(page.getByRole('alert')).toContainText(
    'Berkas lowongan.json tidak dapat diimpor: Berkas JSON tidak dapat dibaca',
  );
  await vacancies.importText({ name: 'tanpa-kolom.csv', content: 'id,perusahaan\nA,B' });
  await expect(page.getByRole('alert')).toContainText('tidak memuat kolom jabatan, kbji');
  await expect(page.getByText('Belum ada lowongan yang masih dibuka.')).toBeVisible();
});
