import { expect, test } from './fixtures.js';
import { archivedFilesOfKind, checkPdf, spacedDigitsPattern } from './helpers/pdf-check.js';
import { BiodataPage, type BiodataInput } from './pages/biodata-page.js';
import { CounterPage, defaultDocuments } from './pages/counter-page.js';
import { PhotoPage } from './pages/photo-page.js';

const ayu = { nik: '5171014508990002', name: 'Ni Luh Ayu Lestari' };
const biodata: BiodataInput = {
  birthPlace: 'Denpasar',
  religion: 'Hindu',
  maritalStatus: 'Belum kawin',
  street: 'Jl. Tukad Badung No. 7, Banjar Kaja',
  kecamatan: 'Denpasar Selatan',
  kelurahan: 'Renon (kelurahan)',
  phone: '081234567890',
  heightCm: '158',
  weightKg: '50',
  education: {
    level: 'SMK',
    institution: 'SMK Negeri 1 Denpasar',
    major: 'Tata Boga',
    yearOut: '2017',
  },
  position: { kbji: '5 - Tenaga Usaha Jasa dan Penjualan', title: 'Juru masak' },
  experience: { employer: 'Warung Makan Sari', position: 'Asisten juru masak', from: '2018' },
};

test('a new AK/I card from greeting to handover, every SOP step timed', async ({ page, app }) => {
  const counter = new CounterPage(page);
  await counter.open(app.url);
  const queue = await counter.startVisit('Pembuatan AK/I baru');
  await expect(counter.timer()).toContainText('dari standar 1 menit');

  await counter.greet(ayu);
  await counter.explainRequirements();
  await counter.tickDocuments(defaultDocuments);
  await counter.documentsComplete();

  await counter.expectStep(4);
  const form = new BiodataPage(page);
  await expect(form.field('NIK')).toHaveValue(ayu.nik);
  await expect(form.field('Tanggal lahir')).toHaveValue('1999-08-05');
  await form.fill(biodata);
  await form.save();

  await counter.done(5);

  // Step 6: the fake camera gives the picture; the photo goes on the seeker's record.
  await counter.expectStep(6);
  const photo = new PhotoPage(page);
  await photo.take();
  await photo.save();

  // Step 7: the card is issued, previewed and printed (saved as PDF without a card printer).
  await counter.expectStep(7);
  const card = counter.panel(7);
  await card.getByRole('button', { name: 'Terbitkan kartu dan tampilkan pratinjau' }).click();
  await expect(card.getByRole('status')).toContainText(/Kartu nomor 5171\d{12} diterbitkan/);
  await expect(card.getByRole('img', { name: 'Pratinjau kartu AK/I' })).toBeVisible();
  await card.getByRole('button', { name: 'Cetak kartu', exact: true }).click();
  await expect(card.getByRole('list', { name: 'Riwayat cetak' }).getByRole('listitem')).toHaveCount(
    1,
  );
  await card.getByRole('button', { name: 'Kartu sudah dicetak, lanjut' }).click();

  // Steps 8-10: the seeker checks and signs; the file goes to the Pengantar Kerja.
  await counter.expectStep(8);
  const number = (
    await counter.panel(8).locator('dt', { hasText: 'No. pendaftaran' }).locator('+ dd').innerText()
  ).trim();
  expect(number).toMatch(/^5171\d{6}01\d{4}$/);
  await counter.done(8, 'Data di kartu sudah benar');
  await counter.expectStep(9);
  await counter.panel(9).getByLabel('Pencaker sudah menandatangani kartu di dekat foto').check();
  await counter.panel(9).getByRole('button', { name: 'Selesai, lanjut' }).click();
  await counter.done(10);

  // Step 11: only a Pengantar Kerja may authorise; the Petugas AK/I is refused.
  const authorise = counter.panel(11);
  await counter.identifyAuthoriser('I Made Sudarsana');
  await expect(page.getByRole('alert')).toContainText(
    'Langkah 11 hanya boleh dilakukan oleh Pengantar Kerja',
  );
  await counter.identifyAuthoriser('Ni Nyoman Sriasih');
  await expect(authorise).toContainText(
    'Disahkan oleh Ni Nyoman Sriasih, S.Sos., NIP 198003152006042011.',
  );
  await authorise.getByRole('button', { name: 'Tanda tangani dan stempel' }).click();

  // Step 12: counselling recorded; step 13: handover with the report dates and the book.
  await counter.expectStep(12);
  await counter
    .panel(12)
    .getByLabel('Catatan bimbingan')
    .fill('Disarankan melamar ke hotel di Sanur.');
  await counter.panel(12).getByRole('button', { name: 'Simpan bimbingan' }).click();
  await counter.expectStep(13);
  const dues = counter.panel(13).getByRole('table', { name: 'Jadwal lapor 6 bulanan' });
  await expect(dues.getByRole('row')).toHaveCount(4);
  await expect(counter.panel(13)).toContainText('berlaku secara nasional');
  await counter
    .panel(13)
    .getByRole('button', { name: /Serahkan kartu, catat di Buku Penyerahan/ })
    .click();
  await counter.expectFinished();

  await counter.menu('Buku Penyerahan AK/I').click();
  const book = page.getByRole('table', { name: 'Buku Penyerahan AK/I' });
  await expect(book.getByRole('row')).toHaveCount(2);
  await expect(book).toContainText(number);
  await expect(book).toContainText(ayu.name);

  // The card PDF, checked with poppler.
  const pdfs = await archivedFilesOfKind(app.dataDir, 'card-pdf');
  const pdf = await checkPdf(pdfs.at(-1) ?? '');
  expect([Math.round(pdf.widthPt), Math.round(pdf.heightPt)]).toEqual([842, 595]);
  expect(pdf.flatText).toContain(ayu.name);
  expect(pdf.text).toMatch(spacedDigitsPattern(ayu.nik));
  expect(pdf.text).toMatch(spacedDigitsPattern(number));
  expect(pdf.flatText).toContain('SMK Negeri 1 Denpasar');
  expect(pdf.flatText).toContain('Ni Nyoman Sriasih');
  expect(pdf.imageCount).toBeGreaterThanOrEqual(1);
  expect(queue).toMatch(/^01-\d{3}$/);
});
