import { expect } from '@playwright/test';
import { BiodataPage, type BiodataInput } from './biodata-page.js';
import { defaultDocuments, type CounterPage } from './counter-page.js';
import { PhotoPage } from './photo-page.js';

export interface NewSeeker {
  readonly nik: string;
  readonly name: string;
  readonly biodata: BiodataInput;
}

export const ayu: NewSeeker = {
  nik: '5171014508990002',
  name: 'Ni Luh Ayu Lestari',
  biodata: {
    birthPlace: 'Denpasar',
    religion: 'Hindu',
    maritalStatus: 'Belum kawin',
    street: 'Jl. Tukad Badung No. 7, Banjar Kaja',
    kecamatan: 'Denpasar Selatan',
    kelurahan: 'Renon (kelurahan)',
    phone: '081234567890',
    education: {
      level: 'SMK',
      institution: 'SMK Negeri 1 Denpasar',
      major: 'Tata Boga',
      yearOut: '2017',
    },
    position: { kbji: '5 - Tenaga Usaha Jasa dan Penjualan', title: 'Juru masak' },
  },
};

/** Photo (step 6) and card (step 7) as the officer does them: fake camera, PDF saved. */
export async function photoAndCard(counter: CounterPage): Promise<void> {
  await counter.expectStep(6);
  const photo = new PhotoPage(counter.page);
  await photo.take();
  await photo.save();
  await counter.expectStep(7);
  const card = counter.panel(7);
  const issue = card.getByRole('button', { name: 'Terbitkan kartu dan tampilkan pratinjau' });
  if (await issue.isVisible()) await issue.click();
  else await card.getByRole('button', { name: 'Perbarui pratinjau dari data terbaru' }).click();
  const print = card.getByRole('button', { name: 'Cetak kartu', exact: true });
  await print.click();
  await expect(card.getByRole('list', { name: 'Riwayat cetak' }).getByRole('listitem')).toHaveCount(
    1,
  );
  await card.getByRole('button', { name: 'Kartu sudah dicetak, lanjut' }).click();
}

/** Steps 8-13 with no correction: checked, signed, authorised, counselling skipped, handed over. */
export async function checkSignAuthoriseHandOver(counter: CounterPage): Promise<void> {
  await counter.done(8, 'Data di kartu sudah benar');
  await counter.expectStep(9);
  await counter.panel(9).getByLabel('Pencaker sudah menandatangani kartu di dekat foto').check();
  await counter.panel(9).getByRole('button', { name: 'Selesai, lanjut' }).click();
  await counter.done(10);
  await counter.identifyAuthoriser('Ni Nyoman Sriasih');
  await counter.panel(11).getByRole('button', { name: 'Tanda tangani dan stempel' }).click();
  await counter.expectStep(12);
  await counter.panel(12).getByLabel('Alasan melewati bimbingan').selectOption({
    label: 'Kartu AK/I hanya untuk kelengkapan administrasi',
  });
  await counter.panel(12).getByRole('button', { name: 'Lewati bimbingan' }).click();
  await counter.expectStep(13);
  await counter
    .panel(13)
    .getByRole('button', { name: /Serahkan kartu/ })
    .click();
  await counter.expectFinished();
}

/** A whole new-card visit, for tests that need a seeker holding a card. */
export async function completeNewCardVisit(counter: CounterPage, seeker: NewSeeker = ayu) {
  await counter.startVisit('Pembuatan AK/I baru');
  await counter.greet(seeker);
  await counter.explainRequirements();
  await counter.tickDocuments(defaultDocuments);
  await counter.documentsComplete();
  await counter.expectStep(4);
  const form = new BiodataPage(counter.page);
  await form.fill(seeker.biodata);
  await form.save();
  await counter.done(5);
  await photoAndCard(counter);
  await checkSignAuthoriseHandOver(counter);
  await counter.page.getByRole('button', { name: 'Panggil antrean berikutnya' }).click();
}
