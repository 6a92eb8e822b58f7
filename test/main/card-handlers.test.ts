import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArchive, type Archive } from '../../src-main/archive/archive.js';
import { cardHandlers } from '../../src-main/card/card-handlers.js';
import { dispatch } from '../../src-main/ipc/dispatch.js';
import { createMemoryLogger } from '../../src-main/platform/logger.js';
import type { CardRenderData } from '../../src-shared/ipc/channels/card.js';
import { archivedPath, checkPdf, spacedDigitsPattern } from '../e2e/helpers/pdf-check.js';
import { cardFontsDir, sampleCardData, samplePhotoJpeg } from '../fixtures/card-print-sample.js';
import { createTestHandlers } from '../fakes/test-handlers.js';

let dataDir = '';
let archive: Archive;
let photoSha = '';

function cardData(overrides: Partial<CardRenderData> = {}): CardRenderData {
  const { photoJpeg: _photo, ...fields } = sampleCardData();
  return { ...fields, photoSha256: photoSha, ...overrides };
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'card-handlers-'));
  archive = createArchive({ dir: join(dataDir, 'arsip') });
  const put = await archive.put('photo', 'image/jpeg', samplePhotoJpeg());
  if (!put.ok) throw new Error(put.error.message);
  photoSha = put.value.sha256;
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

describe("'card:render'", () => {
  const render = () => cardHandlers({ archive, fontsDir: cardFontsDir })['card:render'];

  it('draws the card with the archived photo and keeps the PDF in the archive', async () => {
    const result = await render()({ card: cardData(), layout: 'a4-landscape' });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value).toMatchObject({ layout: 'a4-landscape', pages: 1 });

    const stored = await archive.get(result.value.sha256);
    expect(stored.ok && stored.value).toMatchObject({
      kind: 'card-pdf',
      mediaType: 'application/pdf',
      size: result.value.sizeBytes,
    });
    const pdf = await checkPdf(archivedPath(dataDir, result.value.sha256));
    expect(pdf.pages).toBe(1);
    expect(Math.round(pdf.widthPt)).toBe(842);
    expect(Math.round(pdf.heightPt)).toBe(595);
    expect(pdf.flatText).toContain('Ni Luh Putu Ayu Maharani');
    expect(pdf.text).toMatch(spacedDigitsPattern('5171034508990003'));
    expect(pdf.imageCount).toBeGreaterThanOrEqual(1);
  });

  it('draws a two-sided CR80 card as two card-sized pages', async () => {
    const result = await render()({ card: cardData(), layout: 'cr80' });
    if (!result.ok) throw new Error(result.error.message);
    const pdf = await checkPdf(archivedPath(dataDir, result.value.sha256));
    expect(result.value.pages).toBe(2);
    expect(pdf.pages).toBe(2);
    expect(pdf.widthPt).toBeCloseTo((85.6 * 72) / 25.4, 0);
    expect(pdf.heightPt).toBeCloseTo((53.98 * 72) / 25.4, 0);
  });

  it('prints without a photo when none was taken, leaving no image in the PDF', async () => {
    const result = await render()({
      card: cardData({ photoSha256: undefined, qrPayload: undefined }),
      layout: 'a4-landscape',
    });
    if (!result.ok) throw new Error(result.error.message);
    expect((await checkPdf(archivedPath(dataDir, result.value.sha256))).imageCount).toBe(0);
  });

  it('gives the same archived file for the same card twice (content-addressed)', async () => {
    const first = await render()({ card: cardData(), layout: 'a4-landscape' });
    const second = await render()({ card: cardData(), layout: 'a4-landscape' });
    expect(first.ok && second.ok && first.value.sha256 === second.value.sha256).toBe(true);
  });

  it('asks for a new photo when the photo is not in the archive', async () => {
    const result = await render()({
      card: cardData({ photoSha256: 'a'.repeat(64) }),
      layout: 'a4-landscape',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'CARD_PHOTO_MISSING' } });
    expect(!result.ok && result.error.message).toMatch(/Ambil ulang foto/);
  });

  it('refuses a photo that is not a JPEG instead of failing inside the PDF writer', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    const put = await archive.put('photo', 'image/png', png);
    if (!put.ok) throw new Error(put.error.message);
    const result = await render()({
      card: cardData({ photoSha256: put.value.sha256 }),
      layout: 'a4-landscape',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'CARD_PHOTO_NOT_JPEG' } });
  });

  it('names the missing font folder instead of crashing', async () => {
    const broken = cardHandlers({ archive, fontsDir: join(dataDir, 'tidak-ada') });
    const result = await broken['card:render']({ card: cardData(), layout: 'a4-landscape' });
    expect(result).toMatchObject({ ok: false, error: { code: 'CARD_FONTS_MISSING' } });
    expect(!result.ok && result.error.message).toContain('tidak-ada');
  });
});

describe("'card:render' through the contract", () => {
  async function call(request: unknown) {
    const { handlers, dataDir: dir } = await createTestHandlers();
    try {
      return await dispatch(handlers, 'card:render', request, createMemoryLogger());
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  it('is served by the real world with the shipped fonts', async () => {
    const { photoSha256: _photo, ...withoutPhoto } = cardData();
    const result = await call({
      card: withoutPhoto,
      layout: 'cr80',
      calibration: { dx: 1.5, dy: -2 },
    });
    expect(result).toMatchObject({ ok: true, value: { layout: 'cr80', pages: 2 } });
  });

  it('rejects a NIK that is not 16 digits with the reason in Indonesian', async () => {
    const result = await call({
      card: cardData({ nik: '51710345089900' }),
      layout: 'a4-landscape',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect(!result.ok && result.error.message).toContain('NIK harus 16 digit angka');
  });

  it('rejects a calibration beyond 20 mm', async () => {
    const result = await call({
      card: cardData(),
      layout: 'a4-landscape',
      calibration: { dx: 25, dy: 0 },
    });
    expect(!result.ok && result.error.message).toContain('Geser paling jauh 20 mm');
  });
});
