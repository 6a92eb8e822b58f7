import { expect, test } from './fixtures.js';
import { BiodataPage } from './pages/biodata-page.js';
import { CounterPage, defaultDocuments } from './pages/counter-page.js';
import { ayu } from './pages/new-card-visit.js';
import { RegistrationPage } from './pages/registration-page.js';

test('a similar name with the same birth date is shown for a decision, which is recorded', async ({
  page,
  app,
}) => {
  // Registered earlier under another NIK (a KTP typo), with the Balinese name in full.
  const registration = new RegistrationPage(page);
  await registration.open(app.url);
  await registration.fill({
    nik: '5171014508990009',
    name: 'Ni Luh Putu Ayu Lestari',
    birthPlace: 'Denpasar',
    address: 'Jl. Tukad Badung No. 7, Renon',
    phone: '081234567890',
    education: 'SMK',
  });
  await registration.save();
  await expect(page.getByText('Pendaftaran Ni Luh Putu Ayu Lestari tersimpan.')).toBeVisible();

  const counter = new CounterPage(page);
  await counter.menu('Layanan loket').click();
  await counter.startVisit('Pembuatan AK/I baru');
  await counter.greet(ayu);
  await counter.explainRequirements();
  await counter.tickDocuments(defaultDocuments);
  await counter.documentsComplete();
  const form = new BiodataPage(page);
  await form.fill(ayu.biodata);
  await form.save();

  const panel = page.getByRole('region', { name: 'Mungkin sudah terdaftar dengan NIK lain' });
  const candidates = panel.getByRole('table', { name: 'Pencaker yang mirip' });
  await expect(candidates.getByRole('row')).toHaveCount(2);
  await expect(candidates).toContainText('Ni Luh Putu Ayu Lestari');
  await expect(candidates).toContainText('Tanggal lahir sama');
  await counter.expectStep(4);

  await panel.getByRole('button', { name: 'Orang berbeda: simpan sebagai pencaker baru' }).click();
  await counter.expectStep(5);
  await expect(page.getByRole('status').filter({ hasText: 'Langkah 4 tercatat' })).toContainText(
    'Kemiripan dengan 1 pencaker lain diputuskan: orang berbeda (dicatat).',
  );
  await expect(page.getByText(`Pengunjung: ${ayu.name}`)).toBeVisible();

  await counter.menu('Cari pencari kerja').click();
  await page.getByRole('searchbox', { name: 'Cari NIK atau nama' }).fill('ni luh');
  await expect(page.getByRole('table', { name: 'Hasil pencarian' }).getByRole('row')).toHaveCount(
    3,
  );
});
