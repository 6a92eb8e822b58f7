import { expect, test } from './fixtures.js';
import { CounterPage } from './pages/counter-page.js';
import { ayu, completeNewCardVisit } from './pages/new-card-visit.js';

test('an employment report records the job and the seeker counts as placed', async ({
  page,
  app,
}) => {
  const counter = new CounterPage(page);
  await counter.open(app.url);
  await completeNewCardVisit(counter);

  await counter.startVisit('Lapor sudah diterima kerja');
  await counter.greet({ nik: ayu.nik });
  await counter.explainRequirements();

  // Step 4: every missing field is named at once; nothing typed is lost.
  await counter.expectStep(4);
  const panel = counter.panel(4);
  await panel.getByLabel('Perusahaan / pemberi kerja').fill('PT Bali Boga Sejahtera');
  await panel.getByRole('button', { name: 'Simpan laporan diterima kerja' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Periksa 3 isian berikut' });
  await expect(summary).toContainText('Jabatan wajib diisi.');
  await expect(summary).toContainText('Tanggal mulai kerja wajib diisi');
  await expect(summary).toContainText('Pilih jenis antar kerja: AKL, AKAD atau AKAN.');
  await expect(panel.getByLabel('Perusahaan / pemberi kerja')).toHaveValue(
    'PT Bali Boga Sejahtera',
  );

  await panel.getByLabel('Jabatan').fill('Juru masak');
  await panel.getByLabel('Terhitung tanggal (mulai kerja)').fill('2026-11-02');
  await panel.getByLabel('AKL: antar kerja lokal (dalam provinsi)').check();
  await panel.getByRole('button', { name: 'Simpan laporan diterima kerja' }).click();

  await counter.identifyAuthoriser('Ni Nyoman Sriasih');
  await counter.panel(11).getByRole('button', { name: 'Tanda tangani dan stempel' }).click();
  await counter.expectStep(13);
  await expect(counter.panel(13)).toContainText(
    'Pencaker tercatat sudah bekerja di PT Bali Boga Sejahtera.',
  );
  await counter
    .panel(13)
    .getByRole('button', { name: 'Informasi sudah disampaikan, selesai' })
    .click();
  await counter.expectFinished();

  // Placed: a six-monthly report is no longer due, and the greeting shows the status.
  await page.getByRole('button', { name: 'Panggil antrean berikutnya' }).click();
  await counter.startVisit('Lapor 6 bulanan (belum bekerja)');
  await page.getByLabel('NIK pengunjung').fill(ayu.nik);
  await expect(page.getByRole('alert').filter({ hasText: 'sudah terdaftar' })).toContainText(
    'Sudah bekerja',
  );
  await page.getByRole('button', { name: 'Lanjut ke penjelasan persyaratan' }).click();
  await counter.explainRequirements();
  await expect(counter.panel(4)).toContainText('Pencaker sudah tercatat bekerja');
  await counter
    .panel(4)
    .getByRole('button', { name: /Isi laporan ke-1/ })
    .click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'laporan 6 bulanan tidak diperlukan' }).first(),
  ).toBeVisible();
  await counter.expectStep(4);
});
