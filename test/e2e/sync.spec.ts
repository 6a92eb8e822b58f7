import { test as base, expect, type Browser, type Page } from '@playwright/test';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backends } from '../city/support/backends.js';
import { CityPeer } from '../renderer/support/city-peer.js';
import { openBrowserModeHost } from '../fixtures/browser-mode-host.js';
import { archivedFilesOfKind, checkPdf } from './helpers/pdf-check.js';
import { CardSection } from './pages/card-section.js';
import { RegistrationPage, type SeekerInput } from './pages/registration-page.js';
import { SyncPage } from './pages/sync-page.js';
import { docScreenshot } from './helpers/doc-screenshot.js';
import { mainMenuEntry } from './pages/main-menu.js';

interface Counter {
  readonly page: Page;
  readonly url: string;
  readonly dataDir: string;
  close(): Promise<void>;
}

/** One counter PC: its own host and data folder, in its own browser context. */
async function openCounter(browser: Browser): Promise<Counter> {
  const dataDir = await mkdtemp(join(tmpdir(), 'loket-e2e-sync-'));
  const host = await openBrowserModeHost(dataDir);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(host.url);
  return {
    page,
    url: host.url,
    dataDir,
    close: async () => {
      await context.close();
      await host.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

const test = base.extend<{ city: CityPeer }>({
  // eslint-disable-next-line no-empty-pattern
  city: async ({}, use) => {
    const pglite = backends[0];
    if (!pglite) throw new Error('PGlite backend missing');
    const city = await CityPeer.start(pglite);
    await use(city);
    await city.close();
  },
});

const person = (nik: string, name: string): SeekerInput => ({
  nik,
  name,
  birthPlace: 'Denpasar',
  address: 'Jl. Tukad Badung No. 7, Renon',
  phone: '081234567890',
  education: 'SMK',
});

async function register(page: Page, url: string, input: SeekerInput): Promise<void> {
  const form = new RegistrationPage(page);
  await form.open(url);
  await form.fill(input);
  await form.save();
  await expect(page.getByText(`Pendaftaran ${input.name} tersimpan`)).toBeVisible();
}

async function find(page: Page, name: string) {
  await mainMenuEntry(page, 'Cari pencari kerja').click();
  await page.getByRole('searchbox', { name: 'Cari NIK atau nama' }).fill(name);
  return page.getByRole('table', { name: 'Hasil pencarian' });
}

test.setTimeout(120_000);

test("two counters see each other's seekers, and a NIK registered at both while offline is flagged and merged", async ({
  browser,
  city,
}) => {
  const one = await openCounter(browser);
  const two = await openCounter(browser);
  try {
    // Offline (not yet enrolled): the same person registered at both counters, and one more each.
    await register(one.page, one.url, person('5171014508990002', 'Ni Luh Ayu Lestari'));
    await register(one.page, one.url, person('5171015203980004', 'Ni Made Sekar'));
    await register(two.page, two.url, person('5171014508990002', 'Ni Luh Ayu Lestari Dewi'));
    await register(two.page, two.url, person('5171011007970001', 'I Wayan Gede Putra'));

    const syncOne = new SyncPage(one.page);
    const syncTwo = new SyncPage(two.page);
    await syncOne.open();
    await syncOne.enrol(city.url, await city.issueCode(), 'Loket 1');
    await expect(one.page.getByText('Loket terdaftar')).toBeVisible();
    await syncTwo.open();
    await syncTwo.enrol(city.url, await city.issueCode(), 'Loket 2');
    await expect(two.page.getByText('Loket terdaftar')).toBeVisible();
    await syncTwo.syncNow();
    await syncOne.syncNow();

    await expect(await find(one.page, 'i wayan')).toContainText('I Wayan Gede Putra');
    await expect(await find(two.page, 'ni made')).toContainText('Ni Made Sekar');

    for (const side of [syncOne, syncTwo]) {
      await side.open();
      await expect(side.attention()).toContainText('NIK 5171014508990002 terdaftar di dua loket');
      await expect(side.badge()).toContainText('perlu perhatian');
    }
    const syncMenuEntry = mainMenuEntry(two.page, 'Sinkronisasi (1 perlu perhatian)');
    await expect(syncMenuEntry).toBeVisible();
    await expect(
      two.page.getByRole('table', { name: 'Dua pendaftaran NIK 5171014508990002' }),
    ).toContainText('Ni Luh Ayu Lestari Dewi');
    await docScreenshot(two.page, 'sync', { fullPage: true });
    await two.page.getByRole('button', { name: 'Gabungkan' }).click();
    await expect(two.page.getByText('Tidak ada yang perlu diperhatikan.')).toBeVisible();
    await expect(syncMenuEntry).toHaveCount(0);
    await syncTwo.syncNow();
    await syncOne.syncNow();
    await expect(one.page.getByText('Tidak ada yang perlu diperhatikan.')).toBeVisible();
    await expect(syncOne.badge()).toContainText('terhubung');
  } finally {
    await one.close();
    await two.close();
  }
});

test('a registration typed in from the manual book keeps its original number and reaches the city marked as backfilled', async ({
  browser,
  city,
}) => {
  const counter = await openCounter(browser);
  try {
    const { page } = counter;
    await mainMenuEntry(page, 'Input buku manual').click();
    await page.getByLabel('Tanggal dan jam pelayanan asli').fill('2026-03-02T09:15');
    await page.getByLabel('Nomor pendaftaran manual').fill('M-0012/III/2026');
    await page.getByLabel('Petugas yang melayani').selectOption({ label: 'I Made Sudarsana' });
    await page.getByLabel('NIK', { exact: true }).fill('5171014508990002');
    await page.getByLabel('Nama lengkap').fill('Ni Luh Ayu Lestari');
    await page.getByLabel('Tempat lahir').fill('Denpasar');
    await page.getByLabel('Alamat').fill('Jl. Tukad Badung No. 7');
    await page.getByLabel('Nomor telepon / HP').fill('081234567890');
    await page.getByLabel('Pendidikan terakhir').selectOption({ label: 'SMK' });
    await expect(page.getByLabel('Tanggal terbit kartu')).toHaveValue('2026-03-02');
    await page.getByRole('button', { name: 'Simpan baris ini' }).click();
    await expect(
      page.getByText('Data Ni Luh Ayu Lestari (No. M-0012/III/2026) dari buku manual tersimpan.'),
    ).toBeVisible();
    const list = page.getByRole('table', { name: 'Sudah diketik dari buku manual' });
    await expect(list).toContainText('M-0012/III/2026');
    await expect(
      list.getByRole('button', { name: 'Tambah foto Ni Luh Ayu Lestari' }),
    ).toBeVisible();

    const sync = new SyncPage(page);
    await sync.open();
    await sync.enrol(city.url, await city.issueCode(), 'Loket 1');
    await expect(page.getByText('Loket terdaftar')).toBeVisible();
    await expect(sync.badge()).toContainText('terhubung');
    await expect(page.getByText('tidak ada, semua sudah terkirim')).toBeVisible();

    const config: unknown = JSON.parse(await readFile(join(counter.dataDir, 'sync.json'), 'utf8'));
    const token =
      typeof config === 'object' && config !== null && 'deviceToken' in config
        ? String(config.deviceToken)
        : '';
    const feed = await city.asCounter(token).pullAll({ includeOwn: true });
    expect(
      feed.map((change) => [change.table, change.backfilled, change.payload['registrationNumber']]),
    ).toEqual([
      ['seekers', true, 'M-0012/III/2026'],
      ['cards', true, 'M-0012/III/2026'],
    ]);
  } finally {
    await counter.close();
  }
});

test("a card reprinted at another counter fetches the seeker's pas foto from the city system", async ({
  browser,
  city,
}) => {
  const one = await openCounter(browser);
  const two = await openCounter(browser);
  try {
    await register(one.page, one.url, person('5171035007010002', 'Ni Kadek Sinta Dewi'));
    await one.page.getByRole('button', { name: 'Ambil / ganti foto' }).click();
    await one.page
      .getByLabel('Impor pas foto dari berkas (JPEG/PNG)')
      .setInputFiles('test/fixtures/pas-foto-3x4.jpg');
    await one.page.getByRole('button', { name: 'Simpan foto' }).click();
    await expect(one.page.getByText('Pas foto tersimpan.')).toBeVisible();
    const cardOne = new CardSection(one.page);
    await cardOne.issueButton().click();
    await expect(cardOne.preview()).toBeVisible();

    const syncOne = new SyncPage(one.page);
    const syncTwo = new SyncPage(two.page);
    await syncOne.open();
    await syncOne.enrol(city.url, await city.issueCode(), 'Loket 1');
    await syncOne.syncNow();
    await syncTwo.open();
    await syncTwo.enrol(city.url, await city.issueCode(), 'Loket 2');
    await syncTwo.syncNow();
    expect(await archivedFilesOfKind(two.dataDir, 'photo')).toHaveLength(0);

    const results = await find(two.page, 'ni kadek');
    await results.getByRole('button', { name: 'Lihat Ni Kadek Sinta Dewi' }).click();
    const cardTwo = new CardSection(two.page);
    await cardTwo.root
      .getByRole('button', { name: 'Perbarui pratinjau dari data terbaru' })
      .click();
    await expect(cardTwo.preview()).toBeVisible();
    const [photo] = await archivedFilesOfKind(two.dataDir, 'photo');
    expect(photo).toBeDefined();
    const [pdf] = await archivedFilesOfKind(two.dataDir, 'card-pdf');
    expect((await checkPdf(pdf ?? '')).imageCount).toBeGreaterThanOrEqual(1);
  } finally {
    await one.close();
    await two.close();
  }
});

test('the enrolment form waits for the saved link, so a late answer never wipes what the officer typed', async ({
  browser,
  city,
}) => {
  const counter = await openCounter(browser);
  try {
    // A busy PC: the saved link arrives 800 ms after the screen opens.
    await counter.page.route('**/rpc/sync:status', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 800));
      await route.continue();
    });
    const linkAnswered = counter.page.waitForResponse((r) => r.url().endsWith('/rpc/sync:status'));
    const sync = new SyncPage(counter.page);
    await sync.open();
    await counter.page.getByLabel('Alamat server kota').fill(city.url);
    await counter.page.getByLabel('Kode pendaftaran').fill(await city.issueCode());
    await linkAnswered;
    await expect(counter.page.getByLabel('Alamat server kota')).toHaveValue(city.url);
    await counter.page.getByRole('button', { name: 'Daftarkan loket' }).click();
    await expect(counter.page.getByText('Loket terdaftar.')).toBeVisible();
  } finally {
    await counter.close();
  }
});
