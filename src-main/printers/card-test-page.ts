import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { CalibrationMm, CardLayout } from '../../src-shared/domain/card-print.js';
import { layoutNames, layoutSizes, pointsPerMm } from './card-pdf.js';

const mm = (n: number): number => n * pointsPerMm;

/**
 * The calibration sheet: a millimetre grid over the whole page, numbered every 10 mm from
 * the top-left corner, drawn with the current offsets applied. Printed on plain paper and
 * laid over the card stock, it shows how far to move dx (right +) and dy (down +).
 */
export async function cardTestPagePdf(
  layout: CardLayout,
  offset: CalibrationMm,
  info: { readonly officeName: string; readonly printedAt: string },
): Promise<Uint8Array> {
  const size = layoutSizes[layout];
  const doc = await PDFDocument.create();
  doc.setTitle('Halaman uji printer kartu');
  const page = doc.addPage([mm(size.width), mm(size.height)]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  // Grid coordinates are millimetres from the top-left corner, shifted by the offsets.
  const x = (v: number): number => mm(v + offset.dx);
  const y = (v: number): number => mm(size.height - v - offset.dy);

  for (let v = 0; v <= size.width; v += 1) line(page, x(v), y(0), x(v), y(size.height), weight(v));
  for (let v = 0; v <= size.height; v += 1) line(page, x(0), y(v), x(size.width), y(v), weight(v));
  const small = layout === 'cr80' ? 3.2 : 5;
  for (let v = 10; v < size.width; v += 10) label(page, font, String(v), x(v) + 0.8, y(2.5), small);
  for (let v = 10; v < size.height; v += 10)
    label(page, font, String(v), x(0.8), y(v) - small - 0.5, small);

  page.drawRectangle({
    x: x(0),
    y: y(size.height),
    width: mm(size.width),
    height: mm(size.height),
    borderColor: rgb(0, 0, 0),
    borderWidth: 1,
  });
  const lines = [
    'HALAMAN UJI PRINTER KARTU',
    `${layoutNames[layout]} ${size.width} x ${size.height} mm`,
    `Kalibrasi: dx ${signed(offset.dx)} mm, dy ${signed(offset.dy)} mm`,
    info.officeName,
    info.printedAt,
  ];
  const [fontPt, lineMm] = layout === 'cr80' ? [5, 2.5] : [10, 5];
  const left = size.width / 6;
  const top = size.height / 3 - lineMm;
  // White behind the text so it stays readable over the grid.
  page.drawRectangle({
    x: x(left - 1),
    y: y(top + (lines.length + 0.6) * lineMm),
    width: Math.max(...lines.map((t) => font.widthOfTextAtSize(t, fontPt))) + mm(2),
    height: mm((lines.length + 0.6) * lineMm),
    color: rgb(1, 1, 1),
  });
  lines.forEach((text, i) => label(page, font, text, x(left), y(top + (i + 1) * lineMm), fontPt));
  return doc.save();
}

function weight(v: number): number {
  return v % 10 === 0 ? 0.6 : v % 5 === 0 ? 0.35 : 0.1;
}

function line(
  page: PDFPage,
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  thickness: number,
): void {
  const shade = thickness >= 0.6 ? 0 : thickness >= 0.35 ? 0.35 : 0.6;
  page.drawLine({
    start: { x: x1, y: y1 },
    end: { x: x2, y: y2 },
    thickness,
    color: rgb(shade, shade, shade),
  });
}

function label(
  page: PDFPage,
  font: PDFFont,
  text: string,
  x: number,
  y: number,
  size: number,
): void {
  page.drawText(text, { x, y, size, font, color: rgb(0, 0, 0) });
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}
