import { PDFDocument } from 'pdf-lib';
import type { PDFImage } from 'pdf-lib';
import type {
  CalibrationMm,
  CardLayout,
  CardPrintData,
} from '../../src-shared/domain/card-print.js';
import { CardCanvas, mmToPt } from './canvas.js';
import { embedCardFonts } from './fonts.js';
import { a4Landscape, drawA4 } from './layout-a4.js';
import { cr80, drawCr80Back, drawCr80Front } from './layout-cr80.js';

export { ketentuanAk1 } from './ketentuan.js';

export interface CardPdfOptions {
  readonly layout: CardLayout;
  /** Per-printer offsets for pre-printed stock: +dx right, +dy down, in millimetres. */
  readonly calibration?: CalibrationMm;
  /** Folder holding DejaVuSans.ttf and DejaVuSans-Bold.ttf (assets/fonts in the app). */
  readonly fontsDir: string;
  /**
   * Print only this LAPORAN row (0-based) at its place on the card, for feeding the seeker's
   * existing card back into the printer after a six-monthly report. CR80: the back only.
   */
  readonly overprintReportRow?: number;
}

/**
 * The AK/I card as a PDF: A4 landscape with both halves and a fold line, or CR80 with the
 * identity side on page 1 and the data side on page 2. Callers validate the data first;
 * a photo that is not a JPEG is a bug upstream and throws.
 */
export async function renderCardPdf(
  data: CardPrintData,
  options: CardPdfOptions,
): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(`Kartu AK/I ${data.registrationNumber} - ${data.name}`);
  doc.setSubject('Kartu Tanda Bukti Pendaftaran Pencari Kerja (AK/I)');
  doc.setCreator('Loket AK/I');
  doc.setProducer('Loket AK/I (pdf-lib)');
  doc.setLanguage('id-ID');
  const fonts = await embedCardFonts(doc, options.fontsDir);
  const photo = data.photoJpeg ? await embedPhoto(doc, data.photoJpeg) : undefined;
  const offset = {
    dx: mmToPt(options.calibration?.dx ?? 0),
    dy: mmToPt(options.calibration?.dy ?? 0),
  };
  const row = options.overprintReportRow;
  if (options.layout === 'a4-landscape') {
    const page = doc.addPage([a4Landscape.width, a4Landscape.height]);
    drawA4(new CardCanvas(page, fonts, offset, row), data, photo);
  } else {
    // The LAPORAN table is on the back: an overprinted row is a one-page job for that side.
    if (row === undefined) {
      const front = doc.addPage([cr80.width, cr80.height]);
      drawCr80Front(new CardCanvas(front, fonts, offset), data, photo);
    }
    const back = doc.addPage([cr80.width, cr80.height]);
    drawCr80Back(new CardCanvas(back, fonts, offset, row), data);
  }
  // Object streams save a few kilobytes but cost time; a card is small either way.
  return doc.save({ useObjectStreams: false });
}

async function embedPhoto(doc: PDFDocument, bytes: Uint8Array): Promise<PDFImage> {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) {
    throw new Error('Foto kartu harus berformat JPEG.');
  }
  return doc.embedJpg(bytes);
}
