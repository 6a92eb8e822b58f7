import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

/** The "Pas foto" section of a seeker's page and the capture panel it opens. */
export class PhotoPage {
  constructor(private readonly page: Page) {}

  section = () => this.page.getByRole('region', { name: 'Pas foto', exact: true });
  capture = () => this.page.getByRole('region', { name: 'Ambil pas foto 3x4' });
  livePreview = () => this.page.getByLabel('Pratinjau kamera');
  still = () => this.page.getByRole('img', { name: 'Hasil foto 3x4' });
  thumbnailOf = (name: string) => this.page.getByRole('img', { name: `Pas foto ${name}` });
  cameraChoice = () => this.page.getByLabel('Kamera', { exact: true });
  fileImport = () => this.page.getByLabel('Impor pas foto dari berkas (JPEG/PNG)');
  takeButton = () => this.page.getByRole('button', { name: 'Ambil foto', exact: true });
  saveButton = () => this.page.getByRole('button', { name: 'Simpan foto' });

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Ambil / ganti foto' }).click();
    await this.capture().waitFor();
  }

  /** Waits for the live picture (the shutter is enabled on the first frame), then shoots. */
  async take(): Promise<void> {
    await this.livePreview().waitFor();
    await this.takeButton().click();
    await this.still().waitFor();
  }

  async retake(): Promise<void> {
    await this.page.getByRole('button', { name: 'Ambil ulang' }).click();
  }

  async save(): Promise<void> {
    await this.saveButton().click();
  }
}

type StreamLog = { __cameraStreams?: MediaStream[] };

/** Keeps every camera stream the page opens, to check later that each was stopped. */
export async function recordCameraStreams(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const media = navigator.mediaDevices;
    const log: MediaStream[] = [];
    (window as StreamLog).__cameraStreams = log;
    const original = media.getUserMedia.bind(media);
    media.getUserMedia = async (constraints) => {
      const stream = await original(constraints);
      log.push(stream);
      return stream;
    };
  });
}

/** Camera tracks still running: 0 means the camera light is off. */
export function liveCameraTracks(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      ((window as StreamLog).__cameraStreams ?? [])
        .flatMap((stream) => stream.getTracks())
        .filter((track) => track.readyState === 'live').length,
  );
}

export interface ArchivedPhoto {
  readonly sha256: string;
  readonly bytes: Buffer;
  readonly checksumMatches: boolean;
}

/** Photos in the test's data folder: `arsip/<first 2 hex>/<sha256>` (sidecars skipped). */
export async function archivedFiles(dataDir: string): Promise<ArchivedPhoto[]> {
  const root = join(dataDir, 'arsip');
  const folders = await readdir(root).catch(() => [] as string[]);
  const found: ArchivedPhoto[] = [];
  for (const folder of folders) {
    for (const name of await readdir(join(root, folder))) {
      if (!/^[0-9a-f]{64}$/.test(name) || !name.startsWith(folder)) continue;
      const bytes = await readFile(join(root, folder, name));
      const checksumMatches = createHash('sha256').update(bytes).digest('hex') === name;
      found.push({ sha256: name, bytes, checksumMatches });
    }
  }
  return found;
}

/** Width and height from a JPEG's start-of-frame marker; undefined when it is not a JPEG. */
export function jpegSize(bytes: Buffer): { width: number; height: number } | undefined {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return undefined;
  let offset = 2;
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return undefined;
    const marker = bytes[offset + 1] ?? 0;
    const isStartOfFrame =
      marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isStartOfFrame)
      return { height: bytes.readUInt16BE(offset + 5), width: bytes.readUInt16BE(offset + 7) };
    offset += 2 + bytes.readUInt16BE(offset + 2);
  }
  return undefined;
}
