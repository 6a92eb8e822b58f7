import { expect, test } from './fixtures.js';
import { archivedFilesOfKind, checkPdf } from './helpers/pdf-check.js';
import { CounterPage } from './pages/counter-page.js';
import { ayu, completeNewCardVisit } from './pages/new-card-visit.js';

test('a six-monthly report fills the next LAPORAN row, signed by the Pengantar Kerja, and prints it', async ({
  page,
  app,
}) => {
  const counter = new CounterPage(page);
  await counter.open(app.url);
  await completeNewCardVisit(counter);

  await counter.startVisit('Lapor 6 bulanan (belum bekerja)');
  await expect(counter.stepper().getByRole('listitem')).toHaveCount(6);
  await counter.greet({ nik: ayu.nik });
  await counter.explainRequirements();

  // Step 4: the card's LAPORAN table with the row to be filled today.
  await counter.expectStep(4);
  const table = counter.panel(4).getByRole('table', { name: 'Tabel laporan pada kartu' });
  const first = table.getByRole('row', { name: /Pertama/ });
  await expect(first).toContainText('hari ini');
  await expect(table.getByRole('row')).toHaveCount(4);
  await counter
    .panel(4)
    .getByRole('button', { name: 'Isi laporan ke-1, lanjut ke tanda tangan' })
    .click();

  // Step 11: the row is signed with the officer's name and NIP.
  await counter.identifyAuthoriser('Ni Nyoman Sriasih');
  await counter.panel(11).getByRole('button', { name: 'Tanda tangani dan stempel' }).click();
  await counter.expectStep(12);
  await counter
    .panel(12)
    .getByLabel('Alasan melewati bimbingan')
    .selectOption({ label: 'Pencaker sudah bekerja' });
  await counter.panel(12).getByRole('button', { name: 'Lewati bimbingan' }).click();

  // Step 13: the next due dates, and the row printed onto the card as a logged reprint.
  await counter.expectStep(13);
  const dues = counter.panel(13).getByRole('table', { name: 'Jadwal lapor 6 bulanan' });
  await expect(dues.getByRole('row', { name: /Pertama/ })).toContainText('sudah lapor');
  await expect(dues.getByRole('row', { name: /Kedua/ })).toContainText('lapor jika belum bekerja');
  const print = counter.panel(13).getByRole('region', { name: 'Cetak baris laporan pada kartu' });
  // Usually the seeker's card goes back into the printer for the new row only.
  await print.getByRole('button', { name: 'Cetak baris laporan saja' }).click();
  await expect(
    print.getByRole('status').filter({ hasText: 'Baris laporan ke-1 dikirim' }),
  ).toBeVisible();
  // Or the whole card is reprinted with the new row.
  await print.getByRole('button', { name: 'Perbarui pratinjau dari data terbaru' }).click();
  await print.getByLabel('Alasan cetak ulang').fill('Baris laporan ke-1');
  await print.getByRole('button', { name: 'Cetak ulang' }).click();
  await expect(print.getByRole('list', { name: 'Riwayat cetak' })).toContainText(
    'Baris laporan ke-1',
  );
  await counter
    .panel(13)
    .getByRole('button', { name: 'Informasi sudah disampaikan, selesai' })
    .click();
  await counter.expectFinished();

  // The redrawn card carries the NIP twice (signer block and the new report row); the row-only
  // print carries just that row: date, officer and NIP, nothing else of the card.
  const pdfs = await Promise.all(
    (await archivedFilesOfKind(app.dataDir, 'card-pdf')).map((file) => checkPdf(file)),
  );
  const nips = pdfs.map((pdf) => pdf.flatText.split('19800315 200604 2 011').length - 1);
  expect(nips.sort()).toEqual([1, 1, 2]);
  const rowOnly = pdfs.filter((pdf) => !pdf.flatText.includes('KETENTUAN'));
  expect(rowOnly).toHaveLength(1);
  expect(rowOnly[0]?.flatText).toContain('Ni Nyoman Sriasih');
  expect(rowOnly[0]?.flatText).not.toContain(ayu.name);
  expect(rowOnly[0]?.imageCount).toBe(0);

  // The next report visit shows the first row done, with date and officer.
  await page.getByRole('button', { name: 'Panggil antrean berikutnya' }).click();
  await counter.startVisit('Lapor 6 bulanan (belum bekerja)');
  await counter.greet({ nik: ayu.nik });
  await counter.explainRequirements();
  const again = counter.panel(4).getByRole('table', { name: 'Tabel laporan pada kartu' });
  await expect(again.getByRole('row', { name: /Pertama/ })).toContainText(
    'Ni Nyoman Sriasih, S.Sos. (NIP 198003152006042011)',
  );
  await expect(again.getByRole('row', { name: /Kedua/ })).toContainText('hari ini');
});
