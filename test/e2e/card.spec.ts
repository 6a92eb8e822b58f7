import { expect, test } from './fixtures.js';
import { archivedFilesOfKind, checkPdf, spacedDigitsPattern } from './helpers/pdf-check.js';
import { CardSection } from './pages/card-section.js';
import { RegistrationPage, type SeekerInput } from './pages/registration-page.js';
import { docScreenshot } from './helpers/doc-screenshot.js';

const komang: SeekerInput = {
  nik: '5171031203980004',
  name: 'I Komang Adi Pranata',
  birthPlace: 'Denpasar',
  address: 'Jl. Gunung Agung Gg. Mawar No. 3, Pemecutan Kaja',
  phone: '081338765432',
  education: 'SMK',
};

test('the officer issues the AK/I card, checks the preview and prints and reprints it', async ({
  page,
  app,
}) => {
  const form = new RegistrationPage(page);
  await form.open(app.url);
  await form.fill(komang);
  await form.save();

  const card = new CardSection(page);
  await expect(card.root).toContainText('Belum ada kartu AK/I');
  if ((await card.signerName().inputValue()) === '') {
    await card.signerName().fill('Ni Nyoman Sriasih, S.Sos.');
  }
  await card.issueButton().click();
  await expect(card.root.getByRole('status')).toContainText(/Kartu nomor 5171\d{12} diterbitkan/);
  await expect(card.preview()).toBeVisible();
  await expect.poll(() => card.inkedPixels(), { timeout: 15_000 }).toBeGreaterThan(1000);

  const number = await card.number();
  expect(number).toMatch(/^5171\d{12}$/);
  const pdfs = await archivedFilesOfKind(app.dataDir, 'card-pdf');
  expect(pdfs).toHaveLength(1);
  const pdf = await checkPdf(pdfs[0] ?? '');
  expect(pdf.pages).toBe(1);
  expect([Math.round(pdf.widthPt), Math.round(pdf.heightPt)]).toEqual([842, 595]);
  expect(pdf.flatText).toContain(komang.name);
  expect(pdf.text).toMatch(spacedDigitsPattern(komang.nik));
  expect(pdf.text).toMatch(spacedDigitsPattern(number));

  // First print: no reason asked. No card printer is configured here, so the PDF is saved.
  await card.printButton().click();
  await expect(card.root.getByRole('status')).toContainText('PDF disimpan di');
  await expect(card.history().getByRole('listitem')).toHaveCount(1);

  // A reprint without a reason is refused, and nothing is logged.
  await card.reprintButton().click();
  await expect(card.root.getByRole('alert')).toContainText('Tulis alasan cetak ulang');
  await expect(card.reason()).toHaveAttribute('aria-invalid', 'true');
  await expect(card.reason()).toBeFocused();
  await expect(card.history().getByRole('listitem')).toHaveCount(1);

  await card.reason().fill('kartu rusak terkena air');
  await card.reason().press('Enter');
  await expect(card.history().getByRole('listitem')).toHaveCount(2);
  await expect(card.history()).toContainText('Salinan ke-2');
  await expect(card.history()).toContainText('alasan: kartu rusak terkena air');

  // The card and its print log are still there when the record is opened again.
  await page.reload();
  await page.getByRole('button', { name: 'Cari pencari kerja' }).click();
  await page.getByRole('searchbox').fill(komang.nik);
  await page.getByRole('button', { name: `Lihat ${komang.name}` }).click();
  await expect(card.root).toContainText(number);
  await expect(card.history().getByRole('listitem')).toHaveCount(2);
  await expect(card.preview()).toBeVisible();
});

test('the card carries the pas foto taken for the seeker, and CR80 prints two sides', async ({
  page,
  app,
}) => {
  const form = new RegistrationPage(page);
  await form.open(app.url);
  await form.fill({ ...komang, nik: '5171035007010002', name: 'Ni Kadek Sinta Dewi' });
  await form.save();

  await page.getByRole('button', { name: 'Ambil / ganti foto' }).click();
  await page
    .getByLabel('Impor pas foto dari berkas (JPEG/PNG)')
    .setInputFiles('test/fixtures/pas-foto-3x4.jpg');
  await page.getByRole('button', { name: 'Simpan foto' }).click();
  await expect(page.getByText('Pas foto tersimpan.')).toBeVisible();

  const card = new CardSection(page);
  await card.issueButton().click();
  await expect(card.preview()).toBeVisible();
  await expect.poll(() => card.inkedPixels(), { timeout: 15_000 }).toBeGreaterThan(1000);
  await docScreenshot(card.root, 'card-preview');

  const [a4] = await archivedFilesOfKind(app.dataDir, 'card-pdf');
  const withPhoto = await checkPdf(a4 ?? '');
  expect(withPhoto.imageCount).toBeGreaterThanOrEqual(1);
  expect(withPhoto.flatText).toContain('Ni Kadek Sinta Dewi');

  await card.root.getByLabel('CR80 dua sisi (85,6 x 54 mm)').check();
  const sides = card.root.getByRole('img', { name: /Pratinjau kartu AK\/I, halaman \d dari 2/ });
  await expect(sides).toHaveCount(2);
  const cr80 = (await archivedFilesOfKind(app.dataDir, 'card-pdf')).filter((f) => f !== a4);
  expect(cr80).toHaveLength(1);
  const twoSided = await checkPdf(cr80[0] ?? '');
  expect(twoSided.pages).toBe(2);
  expect([Math.round(twoSided.widthPt), Math.round(twoSided.heightPt)]).toEqual([243, 153]);
});
