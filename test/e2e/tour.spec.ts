import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { BiodataPage } from './pages/biodata-page.js';
import { CounterPage, defaultDocuments } from './pages/counter-page.js';
import { ayu } from './pages/new-card-visit.js';
import { PhotoPage } from './pages/photo-page.js';

/**
 * The README's feature tour: one new-card visit, a screenshot per step. Runs only with
 * LOKET_SCREENSHOTS=1 (`LOKET_SCREENSHOTS=1 npx playwright test test/e2e/tour.spec.ts`).
 */
test.skip(process.env.LOKET_SCREENSHOTS !== '1', 'screenshots only on request');

const shot = (page: Page, name: string) =>
  page.screenshot({ path: `docs/screenshots/visit-${name}.png`, fullPage: true });

test('tour of a new-card visit', async ({ page, app }) => {
  await page.setViewportSize({ width: 1280, height: 860 });
  const counter = new CounterPage(page);
  await counter.open(app.url);
  await shot(page, '00-lobby');
  await counter.startVisit('Pembuatan AK/I baru');
  await page.getByLabel('NIK pengunjung').fill('5171014508990002');
  await page.getByLabel('Nama pengunjung').fill('Ni Luh Ayu Lestari');
  await shot(page, '01-greeting');
  await page.getByRole('button', { name: 'Lanjut ke penjelasan persyaratan' }).click();
  await counter.expectStep(2);
  await shot(page, '02-requirements');
  await counter.explainRequirements();
  await counter.tickDocuments(defaultDocuments.slice(0, 2));
  await counter.documentsComplete();
  await shot(page, '03-documents');
  await counter.tickDocuments(defaultDocuments.slice(2));
  await counter.documentsComplete();
  await counter.expectStep(4);
  const form = new BiodataPage(page);
  await form.save();
  await shot(page, '04-biodata-errors');
  await form.fill(ayu.biodata);
  await shot(page, '04-biodata');
  await form.save();
  await counter.done(5);
  await counter.expectStep(6);
  const photo = new PhotoPage(page);
  await photo.take();
  await shot(page, '06-photo');
  await photo.save();
  const card = counter.panel(7);
  const preview = card.getByRole('img', { name: 'Pratinjau kartu AK/I' });
  await card.getByRole('button', { name: 'Terbitkan kartu dan tampilkan pratinjau' }).click();
  await expect(preview).toBeVisible();
  await card.getByRole('button', { name: 'Cetak kartu', exact: true }).click();
  await expect(card.getByRole('list', { name: 'Riwayat cetak' }).getByRole('listitem')).toHaveCount(
    1,
  );
  await expect(preview).toBeVisible();
  await shot(page, '07-card');
  await card.getByRole('button', { name: 'Kartu sudah dicetak, lanjut' }).click();
  await counter.expectStep(8);
  await shot(page, '08-check');
  await counter.done(8, 'Data di kartu sudah benar');
  await counter.panel(9).getByLabel('Pencaker sudah menandatangani kartu di dekat foto').check();
  await counter.panel(9).getByRole('button', { name: 'Selesai, lanjut' }).click();
  await counter.done(10);
  await counter.identifyAuthoriser('Ni Nyoman Sriasih');
  await shot(page, '11-authorise');
  await counter.panel(11).getByRole('button', { name: 'Tanda tangani dan stempel' }).click();
  await counter.expectStep(12);
  await shot(page, '12-counselling');
  await counter.panel(12).getByLabel('Catatan bimbingan').fill('Disarankan melamar ke hotel.');
  await counter.panel(12).getByRole('button', { name: 'Simpan bimbingan' }).click();
  await counter.expectStep(13);
  await shot(page, '13-handover');
  await counter
    .panel(13)
    .getByRole('button', { name: /Serahkan kartu/ })
    .click();
  await counter.expectFinished();
  await shot(page, '14-finished');
  await counter.menu('Buku Penyerahan AK/I').click();
  await shot(page, '15-book');
  await counter.menu('Pengaturan').click();
  await shot(page, '16-settings');
});
