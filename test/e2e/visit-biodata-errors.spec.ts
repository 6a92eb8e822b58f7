import { expect, test } from './fixtures.js';
import { BiodataPage } from './pages/biodata-page.js';
import { CounterPage, defaultDocuments } from './pages/counter-page.js';

test('a corrected biodata field stops showing its error while the others stay', async ({
  page,
  app,
}) => {
  const counter = new CounterPage(page);
  await counter.open(app.url);
  await counter.startVisit('Pembuatan AK/I baru');
  await counter.greet({ nik: '5171014508990002', name: 'Ni Luh Ayu Lestari' });
  await counter.explainRequirements();
  await counter.tickDocuments(defaultDocuments);
  await counter.documentsComplete();
  await counter.expectStep(4);

  const form = new BiodataPage(page);
  await form.save();
  const summary = page.getByRole('alert').filter({ hasText: /Periksa \d+ isian berikut/ });
  await expect(summary).toContainText('Tempat lahir wajib diisi.');
  await expect(summary).toContainText('Alamat wajib diisi.');

  await form.field('Tempat lahir').fill('Denpasar');
  await expect(form.field('Tempat lahir')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(summary).not.toContainText('Tempat lahir wajib diisi.');
  await expect(summary).toContainText('Alamat wajib diisi.');
  // Nothing typed was lost.
  await expect(form.field('NIK')).toHaveValue('5171014508990002');
});
