import { execFileSync } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { chromiumArgs } from '../../playwright.config.js';
import { expect, test as base } from './fixtures.js';
import {
  archivedFiles,
  jpegSize,
  liveCameraTracks,
  PhotoPage,
  recordCameraStreams,
} from './pages/photo-page.js';
import { RegistrationPage, type SeekerInput } from './pages/registration-page.js';

// The fake camera's pictures, drawn by a script (no binary fixtures in git).
const cameraFolder = join(tmpdir(), 'loket-fake-camera');
execFileSync(process.execPath, [resolve('test/fixtures/make-y4m.mjs'), cameraFolder]);

/**
 * Each test chooses what the fake camera films. Playwright launches one browser per worker from
 * the config, so the camera file needs a browser of the test's own, with the config's settings.
 */
const test = base.extend<{ camera: string }>({
  /** A y4m file of `cameraFolder`, 'two-cameras' (Chromium's test pattern) or 'none'. */
  camera: ['fake-camera.y4m', { option: true }],
  page: async ({ playwright, camera, locale, timezoneId, viewport }, use) => {
    const fakeDevice = '--use-fake-device-for-media-stream';
    const others = chromiumArgs.filter((arg) => arg !== fakeDevice);
    const args =
      camera === 'none'
        ? others // Chromium on a machine without a camera, like a counter PC without one.
        : camera === 'two-cameras'
          ? [...others, `${fakeDevice}=device-count=2`]
          : [...chromiumArgs, `--use-file-for-fake-video-capture=${join(cameraFolder, camera)}`];
    const browser = await playwright.chromium.launch({
      executablePath: process.env.LOKET_CHROMIUM ?? '/usr/bin/chromium',
      args,
    });
    const context = await browser.newContext({ locale, timezoneId, viewport });
    await use(await context.newPage());
    await browser.close();
  },
});

const made: SeekerInput = {
  nik: '5171031203950004',
  name: 'I Made Wirawan',
  birthPlace: 'Denpasar',
  address: 'Jl. Gatot Subroto Barat No. 12',
  phone: '081338765432',
  education: 'Sarjana (S1)',
};

async function registerAndOpenPhoto(page: Page, url: string): Promise<PhotoPage> {
  const form = new RegistrationPage(page);
  await form.open(url);
  await form.fill(made);
  await form.save();
  await expect(
    page.getByRole('heading', { name: /Data pencari kerja: I Made Wirawan/ }),
  ).toBeVisible();
  const photo = new PhotoPage(page);
  await expect(photo.section()).toContainText('Belum ada pas foto.');
  await photo.open();
  return photo;
}

test.describe('with a well lit camera', () => {
  test.use({ camera: 'fake-camera.y4m' });

  test('the officer takes a pas foto, saves it, and the seeker page and archive keep it', async ({
    page,
    app,
  }, testInfo) => {
    await recordCameraStreams(page);
    const photo = await registerAndOpenPhoto(page, app.url);
    await expect(photo.cameraChoice()).toBeVisible();
    await expect(photo.takeButton()).toBeEnabled();
    // The whole page in one picture for the README's feature tour.
    await page.setViewportSize({ width: 1280, height: 1200 });
    const panel = await photo.capture().boundingBox();
    const clip = {
      x: 0,
      y: 0,
      width: 1280,
      height: Math.ceil((panel?.y ?? 0) + (panel?.height ?? 0) + 24),
    };
    await page.screenshot({ path: testInfo.outputPath('photo.png'), fullPage: true, clip });
    const docs = process.env.LOKET_SCREENSHOT_DIR;
    if (docs) await page.screenshot({ path: join(docs, 'photo.png'), fullPage: true, clip });

    await photo.take();
    await expect(photo.capture()).toContainText('Pencahayaan dan ketajaman baik');
    await expect(photo.capture().getByRole('alert')).toHaveCount(0);
    await page.screenshot({ path: testInfo.outputPath('photo-still.png') });

    // Retake goes back to the live picture; a second shot is as good.
    await photo.retake();
    await expect(photo.livePreview()).toBeVisible();
    await photo.take();
    await photo.save();

    await expect(photo.section().getByRole('status')).toContainText('Pas foto tersimpan.');
    await expect(photo.capture()).toHaveCount(0);
    // Closing the capture panel turns the camera off.
    await expect.poll(() => liveCameraTracks(page)).toBe(0);
    const thumbnail = photo.thumbnailOf(made.name);
    await expect(thumbnail).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('photo-saved.png'), fullPage: true });
    expect(await thumbnail.getAttribute('src')).toMatch(/^data:image\/jpeg;base64,/);

    const files = await archivedFiles(app.dataDir);
    expect(files).toHaveLength(1);
    const [saved] = files;
    expect(saved?.checksumMatches).toBe(true);
    const size = saved && jpegSize(saved.bytes);
    expect(size).toEqual({ width: 600, height: 800 });

    // The record keeps the reference: found again through the search, the photo is there.
    await page.getByRole('button', { name: 'Cari pencari kerja' }).click();
    await page.getByRole('searchbox').fill(made.nik);
    await page.getByRole('button', { name: `Lihat ${made.name}` }).click();
    await expect(photo.thumbnailOf(made.name)).toBeVisible();
  });

  test('a photo that cannot be archived stays on screen with the reason in Indonesian', async ({
    page,
    app,
  }) => {
    const photo = await registerAndOpenPhoto(page, app.url);
    await photo.take();
    // A file where the archive folder should be: the archive cannot write.
    const blocker = join(app.dataDir, 'arsip');
    await writeFile(blocker, 'bukan folder');
    await photo.save();
    await expect(photo.capture().getByRole('alert')).toContainText('Foto belum tersimpan');
    await expect(photo.capture().getByRole('alert')).toContainText('coba simpan lagi');
    await expect(photo.still()).toBeVisible();

    await rm(blocker);
    await photo.save();
    await expect(photo.section().getByRole('status')).toContainText('Pas foto tersimpan.');
    await expect(photo.thumbnailOf(made.name)).toBeVisible();
  });
});

test.describe('with a dark room', () => {
  test.use({ camera: 'fake-camera-dark.y4m' });

  test('a dark picture is flagged "terlalu gelap" before saving and can still be kept', async ({
    page,
    app,
  }) => {
    const photo = await registerAndOpenPhoto(page, app.url);
    await photo.take();
    const warning = photo.capture().getByRole('alert');
    await expect(warning).toContainText('Foto terlalu gelap');
    await expect(warning).toContainText('tetap dapat disimpan');
    await photo.save();
    await expect(photo.thumbnailOf(made.name)).toBeVisible();
  });
});

test.describe('with the camera out of focus', () => {
  test.use({ camera: 'fake-camera-blurred.y4m' });

  test('a blurred picture is flagged "foto buram"', async ({ page, app }) => {
    const photo = await registerAndOpenPhoto(page, app.url);
    await photo.take();
    await expect(photo.capture().getByRole('alert')).toContainText('Foto buram');
  });
});

test.describe('without a camera', () => {
  test.use({ camera: 'none' });

  test('the officer is told there is no camera and imports a scanned pas foto', async ({
    page,
    app,
  }) => {
    const photo = await registerAndOpenPhoto(page, app.url);
    await expect(photo.capture().getByRole('alert')).toContainText(
      'Tidak ada kamera yang terpasang',
    );
    await expect(photo.takeButton()).toBeDisabled();

    await photo.fileImport().setInputFiles({
      name: 'ktp.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4'),
    });
    await expect(photo.capture()).toContainText(
      'Berkas "ktp.pdf" bukan gambar JPEG atau PNG yang dapat dibaca',
    );

    await photo.fileImport().setInputFiles('test/fixtures/pas-foto-3x4.jpg');
    await expect(photo.still()).toBeVisible();
    await photo.save();
    await expect(photo.thumbnailOf(made.name)).toBeVisible();
    const [saved] = await archivedFiles(app.dataDir);
    expect(saved && jpegSize(saved.bytes)).toEqual({ width: 600, height: 800 });
  });
});

test.describe('with two cameras', () => {
  test.use({ camera: 'two-cameras' });

  test('the officer switches to the second camera and shoots with it', async ({ page, app }) => {
    await recordCameraStreams(page);
    const photo = await registerAndOpenPhoto(page, app.url);
    const choice = photo.cameraChoice();
    await expect(choice.getByRole('option')).toHaveCount(2);
    const second = await choice.getByRole('option').nth(1).getAttribute('value');
    expect(second).toBeTruthy();
    await choice.selectOption(second ?? '');

    const filming = () =>
      photo
        .livePreview()
        .evaluate(
          (video) =>
            ((video as HTMLVideoElement).srcObject as MediaStream | null)
              ?.getVideoTracks()[0]
              ?.getSettings().deviceId,
        );
    await expect.poll(filming).toBe(second);
    await expect(choice).toHaveValue(second ?? '');
    // The first camera was released when the second one started.
    await expect.poll(() => liveCameraTracks(page)).toBe(1);
    await photo.take();
    await expect(photo.still()).toBeVisible();
    await page.getByRole('button', { name: 'Tutup kamera' }).click();
    await expect.poll(() => liveCameraTracks(page)).toBe(0);
  });
});
