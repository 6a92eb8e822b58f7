import { expect, test } from './fixtures.js';
import { BiodataPage } from './pages/biodata-page.js';
import { CounterPage, defaultDocuments } from './pages/counter-page.js';
import { ayu, checkSignAuthoriseHandOver, completeNewCardVisit } from './pages/new-card-visit.js';

test('a NIK already holding a card is served as a renewal: same seeker, new number and card', async ({
  page,
  app,
}) => {
  const counter = new CounterPage(page);
  await counter.open(app.url);
  await completeNewCardVisit(counter);

  await counter.startVisit('Pembuatan AK/I baru');
  await page.getByLabel('NIK pengunjung').fill(ayu.nik);
  const found = page.getByRole('alert').filter({ hasText: 'sudah terdaftar atas nama' });
  await expect(found).toContainText(`NIK ${ayu.nik} sudah terdaftar atas nama ${ayu.name}.`);
  await expect(found).toContainText(/Kartu AK\/I nomor 5171\d{12}, berlaku s\.d\. .*: Berlaku\./);
  await expect(page.getByLabel('Nama pengunjung')).toHaveValue(ayu.name);

  // A second new card for the same NIK is refused with the way out.
  await page.getByRole('button', { name: 'Lanjut ke penjelasan persyaratan' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'NIK ini sudah memiliki kartu AK/I' }),
  ).toContainText('Kartu baru tidak dibuat untuk NIK yang sama');

  await found.getByRole('button', { name: 'Layani sebagai: Perpanjangan AK/I' }).click();
  await page.getByRole('button', { name: 'Lanjut ke penjelasan persyaratan' }).click();
  await expect(page.getByRole('heading', { name: 'Perpanjangan AK/I' })).toBeVisible();
  await counter.explainRequirements();
  await counter.tickDocuments(defaultDocuments);
  await counter.documentsComplete();

  // Step 4: the existing biodata is shown for checking, not typed again.
  await counter.expectStep(4);
  const form = new BiodataPage(page);
  await expect(form.field('Tempat lahir')).toHaveValue('Denpasar');
  await expect(form.row('Pendidikan 1').getByLabel('Nama sekolah / perguruan tinggi')).toHaveValue(
    'SMK Negeri 1 Denpasar',
  );
  await form.field('Nomor telepon / HP').fill('081999888777');
  await form.save();
  await counter.done(5);

  // Step 6: the photo on file may be kept; step 7: the renewal card supersedes the old one.
  await counter.expectStep(6);
  await counter.panel(6).getByRole('button', { name: 'Pakai foto yang sudah ada, lanjut' }).click();
  await counter.expectStep(7);
  await counter.panel(7).getByRole('button', { name: 'Buat kartu perpanjangan' }).click();
  await counter
    .panel(7)
    .getByRole('button', { name: 'Perbarui pratinjau dari data terbaru' })
    .click();
  await counter.panel(7).getByRole('button', { name: 'Cetak kartu', exact: true }).click();
  await expect(
    counter.panel(7).getByRole('list', { name: 'Riwayat cetak' }).getByRole('listitem'),
  ).toHaveCount(1);
  await counter.panel(7).getByRole('button', { name: 'Kartu sudah dicetak, lanjut' }).click();
  await counter.expectStep(8);
  const renewed = (
    await counter.panel(8).locator('dt', { hasText: 'No. pendaftaran' }).locator('+ dd').innerText()
  ).trim();
  await checkSignAuthoriseHandOver(counter);

  // Two lines in the Buku Penyerahan: the first card and the renewal, same seeker.
  await counter.menu('Buku Penyerahan AK/I').click();
  const book = page.getByRole('table', { name: 'Buku Penyerahan AK/I' });
  await expect(book.getByRole('row')).toHaveCount(3);
  const numbers = await book.locator('tbody td.mono').allInnerTexts();
  expect(numbers[0]).toBe(renewed);
  expect(numbers[1]).not.toBe(renewed);
  expect(renewed.slice(-4)).toBe('0002');

  await counter.menu('Cari pencari kerja').click();
  await page.getByRole('searchbox', { name: 'Cari NIK atau nama' }).fill(ayu.nik);
  await expect(page.getByRole('table', { name: 'Hasil pencarian' }).getByRole('row')).toHaveCount(
    2,
  );
});
