import { access } from 'node:fs/promises';
import { join } from 'node:path';
import type { CardLayout, CardPrintData } from '../../src-shared/domain/card-print.js';
import { fail, ok, type Outcome } from '../../src-shared/domain/outcome.js';
import type { CardErrorCode } from '../../src-shared/ipc/channels/card.js';
import type { InvokeHandlers } from '../../src-shared/ipc/contract.js';
import type { Archive } from '../archive/archive.js';
import { renderCardPdf } from './card-pdf.js';
import { cardFontFiles } from './fonts.js';

export interface CardHandlerDeps {
  readonly archive: Pick<Archive, 'get' | 'put'>;
  /** Folder holding the shipped DejaVu fonts (see card-fonts-dir.ts and main.ts). */
  readonly fontsDir: string;
}

/** Pages each layout draws: A4 holds both halves on one sheet, CR80 is two-sided. */
const pagesOf: Readonly<Record<CardLayout, number>> = { 'a4-landscape': 1, cr80: 2 };

const isJpeg = (bytes: Uint8Array): boolean => bytes[0] === 0xff && bytes[1] === 0xd8;

export function cardHandlers(deps: CardHandlerDeps): Pick<InvokeHandlers, 'card:render'> {
  async function photoBytes(
    sha256: string | undefined,
  ): Promise<Outcome<Uint8Array | undefined, CardErrorCode>> {
    if (sha256 === undefined) return ok(undefined);
    const found = await deps.archive.get(sha256);
    if (!found.ok) {
      return fail(
        'CARD_PHOTO_MISSING',
        `Foto pencari kerja tidak dapat dibaca dari arsip lokal (${found.error.message}) Ambil ulang foto di langkah foto, lalu buat kartu lagi.`,
        'photoSha256',
      );
    }
    if (!isJpeg(found.value.bytes)) {
      return fail(
        'CARD_PHOTO_NOT_JPEG',
        'Foto untuk kartu harus berformat JPEG. Ambil ulang atau impor ulang foto sebagai JPEG.',
        'photoSha256',
      );
    }
    return ok(found.value.bytes);
  }

  async function fontsPresent(): Promise<boolean> {
    const files = Object.values(cardFontFiles).map((name) => access(join(deps.fontsDir, name)));
    return Promise.all(files).then(
      () => true,
      () => false,
    );
  }

  return {
    'card:render': async ({ card, layout, calibration, overprintReportRow }) => {
      const { photoSha256, ...fields } = card;
      const photo = await photoBytes(photoSha256);
      if (!photo.ok) return photo;
      if (!(await fontsPresent())) {
        return fail(
          'CARD_FONTS_MISSING',
          `Huruf kartu (${cardFontFiles.regular}) tidak ditemukan di ${deps.fontsDir}. Pasang ulang aplikasi Loket AK/I.`,
        );
      }
      const data: CardPrintData = photo.value ? { ...fields, photoJpeg: photo.value } : fields;
      const pdf = await renderCardPdf(data, {
        layout,
        fontsDir: deps.fontsDir,
        ...(calibration ? { calibration } : {}),
        ...(overprintReportRow !== undefined ? { overprintReportRow } : {}),
      });
      const stored = await deps.archive.put('card-pdf', 'application/pdf', pdf);
      if (!stored.ok) return stored;
      return ok({
        sha256: stored.value.sha256,
        sizeBytes: pdf.byteLength,
        pages: overprintReportRow !== undefined ? 1 : pagesOf[layout],
        layout,
      });
    },
  };
}
