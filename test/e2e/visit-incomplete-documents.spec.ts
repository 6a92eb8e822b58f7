import { expect, test } from './fixtures.js';
import { CounterPage, defaultDocuments } from './pages/counter-page.js';

test('incomplete documents end the visit as returned, with a slip naming what is missing', async ({
  page,
  app,
}) => {
  const counter = new CounterPage(page);
  await counter.open(app.url);
  const queue = await counter.startVisit('Pembuatan AK/I baru');
  await counter.greet({ nik: '5171031203980004', name: 'I Komang Adi Pranata' });
  await counter.explainRequirements();

  // KTP only: the diploma and the photos are missing.
  await counter.tickDocuments([defaultDocuments[0]]);
  await counter.documentsComplete();
  const missing = page.getByRole('alert').filter({ hasText: 'Persyaratan wajib yang belum ada' });
  await expect(missing).toContainText('2 lembar pas foto berwarna ukuran 3x4 terbaru');
  await expect(missing).toContainText('Fotokopi ijazah terakhir');
  await expect(counter.panel(3)).toBeVisible();

  await counter.panel(3).getByRole('button', { name: 'Kembalikan berkas (2 kurang)' }).click();
  await expect(
    page.getByText('Berkas dikembalikan kepada pencaker untuk dilengkapi.'),
  ).toBeVisible();
  const slip = page.getByRole('document', { name: 'Slip berkas dikembalikan' });
  await expect(slip).toContainText('BERKAS DIKEMBALIKAN UNTUK DILENGKAPI');
  await expect(slip).toContainText('Nama: I Komang Adi Pranata');
  await expect(slip).toContainText('1. 2 lembar pas foto berwarna ukuran 3x4 terbaru');
  await expect(slip).toContainText('2. Fotokopi ijazah terakhir');
  await expect(slip).not.toContainText('KTP asli');
  // The thermal printer is off in a fresh data folder: the officer is told, never silently.
  await expect(page.getByRole('alert').filter({ hasText: 'Slip tidak tercetak' })).toBeVisible();

  // The returned visit is counted in today's queue, not lost.
  await page.getByRole('button', { name: 'Panggil antrean berikutnya' }).click();
  const counts = page.getByRole('list', { name: 'Jumlah kunjungan hari ini menurut status' });
  await expect(counts).toContainText('Berkas dikembalikan: 1');
  const row = page
    .getByRole('table', { name: 'Kunjungan hari ini' })
    .getByRole('row', { name: new RegExp(queue) });
  await expect(row).toContainText('Berkas dikembalikan');
  await expect(row).toContainText('I Komang Adi Pranata');
});
