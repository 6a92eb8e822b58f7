import { PDFDocument } from 'pdf-lib';
import type { CalibrationMm, CardLayout } from '../../src-shared/domain/card-print.js';

export const pointsPerMm = 72 / 25.4;

export interface SizeMm {
  readonly width: number;
  readonly height: number;
}

/** Paper of each card layout, landscape as the card PDF is drawn. */
export const layoutSizes: Readonly<Record<CardLayout, SizeMm>> = {
  'a4-landscape': { width: 297, height: 210 },
  cr80: { width: 85.6, height: 53.98 },
};

export const layoutNames: Readonly<Record<CardLayout, string>> = {
  'a4-landscape': 'A4 mendatar',
  cr80: 'kartu CR80',
};

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** Size of the first page, or undefined when the bytes are not a readable PDF. */
export async function pdfPageSizeMm(bytes: Uint8Array): Promise<SizeMm | undefined> {
  try {
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    const page = doc.getPages()[0];
    if (!page) return undefined;
    const { width, height } = page.getSize();
    return { width: round2(width / pointsPerMm), height: round2(height / pointsPerMm) };
  } catch {
    return undefined;
  }
}

/** Within a millimetre, either way round: a PDF drawn portrait is still the right paper. */
export function matchesLayout(size: SizeMm, layout: CardLayout): boolean {
  const want = layoutSizes[layout];
  const near = (a: number, b: number): boolean => Math.abs(a - b) <= 1;
  return (
    (near(size.width, want.width) && near(size.height, want.height)) ||
    (near(size.width, want.height) && near(size.height, want.width))
  );
}

/**
 * Shifts every page's content by the calibration offsets on a page of the same size, so
 * pre-printed card stock lines up: +dx right, +dy down. Content pushed past the edge is cut,
 * which is what the printer would do anyway.
 */
export async function applyCalibration(
  bytes: Uint8Array,
  offset: CalibrationMm,
): Promise<Uint8Array> {
  const source = await PDFDocument.load(bytes, { updateMetadata: false });
  const out = await PDFDocument.create();
  const pages = await out.embedPdf(source, source.getPageIndices());
  for (const embedded of pages) {
    const page = out.addPage([embedded.width, embedded.height]);
    page.drawPage(embedded, { x: offset.dx * pointsPerMm, y: -offset.dy * pointsPerMm });
  }
  return out.save();
}
