import { expect, test } from './fixtures.js';
import { RegistrationPage, type SeekerInput } from './pages/registration-page.js';
import { mainMenuEntry } from './pages/main-menu.js';

const ayu: SeekerInput = {
  nik: '5171014508990002',
  name: 'Ni Luh Ayu Lestari',
  birthPlace: 'Denpasar',
  address: 'Jl. Tukad Badung No. 7, Renon',
  phone: '081234567890',
  education: 'SMK',
};

test('the officer registers a seeker by NIK and finds them again by NIK and by name', async ({
  page,
  app,
}) => {
  const form = new RegistrationPage(page);
  await form.open(app.url);
  await form.fill(ayu);

  // The NIK fills sex and birth date and names the Denpasar kecamatan.
  await expect(form.birthDate()).toHaveValue('1999-08-05');
  await expect(form.sex()).toHaveValue('P');
  await expect(page.getByText('Kecamatan Denpasar Selatan')).toBeVisible();

  await form.save();
  await expect(page.getByRole('main').getByRole('status')).toContainText(
    'Pendaftaran Ni Luh Ayu Lestari tersimpan',
  );
  await expect(
    page.getByRole('heading', { name: /Data pencari kerja: Ni Luh Ayu Lestari/ }),
  ).toBeVisible();

  await mainMenuEntry(page, 'Cari pencari kerja').click();
  const search = page.getByRole('searchbox', { name: 'Cari NIK atau nama' });
  const results = page.getByRole('table', { name: 'Hasil pencarian' });

  await search.fill('5171 0145 0899 0002');
  await expect(results.getByRole('row')).toHaveCount(2);
  await expect(results).toContainText('Ni Luh Ayu Lestari');

  await search.fill('NI LUH a');
  await expect(results).toContainText('5171014508990002');
  await search.fill('luh');
  await expect(page.getByText('Tidak ada pencari kerja yang cocok dengan "luh".')).toBeVisible();

  await search.fill('ni luh');
  await results.getByRole('button', { name: 'Lihat Ni Luh Ayu Lestari' }).click();
  await expect(page.getByText('Jl. Tukad Badung No. 7, Renon')).toBeVisible();
  await expect(page.getByText('Denpasar Selatan')).toBeVisible();
});

test('a bad NIK is explained in Indonesian and nothing typed is lost', async ({ page, app }) => {
  const form = new RegistrationPage(page);
  await form.open(app.url);
  await form.fill({ ...ayu, nik: '517101450899000' });
  await form.save();

  const summary = page.getByRole('alert');
  await expect(summary).toContainText('NIK harus 16 digit angka');
  await expect(form.nik()).toBeFocused();
  await expect(form.nik()).toHaveAttribute('aria-invalid', 'true');
  await expect(form.name()).toHaveValue('Ni Luh Ayu Lestari');
  await expect(page.getByLabel('Alamat')).toHaveValue('Jl. Tukad Badung No. 7, Renon');

  await form.nik().fill('5171013208990002');
  await form.save();
  await expect(page.getByRole('alert')).toContainText('Tanggal lahir pada NIK tidak valid');

  // Corrected by keyboard only: the fix saves the record.
  await form.nik().fill('5171014508990002');
  await form.nik().press('Enter');
  await expect(page.getByRole('main').getByRole('status')).toContainText('tersimpan');
});

test('a NIK already registered opens the existing record instead of creating a second', async ({
  page,
  app,
}) => {
  const form = new RegistrationPage(page);
  await form.open(app.url);
  await form.fill(ayu);
  await form.save();
  await expect(page.getByRole('main').getByRole('status')).toContainText('tersimpan');

  await page.getByRole('button', { name: 'Pendaftaran baru' }).click();
  await form.fill({ ...ayu, name: 'Ayu Lestari Kedua' });
  await expect(
    page.getByText('NIK ini sudah terdaftar atas nama Ni Luh Ayu Lestari.'),
  ).toBeVisible();
  await form.save();

  await expect(page.getByRole('alert')).toContainText('NIK 5171014508990002 sudah terdaftar');
  await expect(page.getByRole('heading', { name: /Ni Luh Ayu Lestari/ })).toBeVisible();

  await page.getByRole('button', { name: 'Cari pencari kerja' }).click();
  await page.getByRole('searchbox').fill('ayu lestari kedua');
  await expect(page.getByText('Tidak ada pencari kerja yang cocok')).toBeVisible();
  await expect(page.getByText('1 pencari kerja terdaftar di loket ini.')).toBeVisible();
});
