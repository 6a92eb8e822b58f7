import {
  blank,
  charsPerLine,
  header,
  pair,
  qr,
  text,
  type SlipContext,
  type SlipLine,
} from './slip-line.js';
import { formatDateTime } from './slip-time.js';

/**
 * A ruler of digits exactly one line wide: if the last digit wraps or is missing, the paper
 * width setting (58/80 mm) does not match the printer.
 */
export function rulerLine(width: number): string {
  let out = '';
  for (let i = 1; i <= width; i += 1) out += String(i % 10);
  return out;
}

export function thermalTestPageLines(
  ctx: SlipContext,
  info: { readonly printedAt: string; readonly connection: string },
): SlipLine[] {
  const width = charsPerLine(ctx.paper);
  return [
    ...header(ctx, 'HALAMAN UJI PRINTER STRUK'),
    ...pair('Waktu', formatDateTime(info.printedAt, ctx), width, 8),
    ...pair('Koneksi', info.connection, width, 8),
    ...pair('Kertas', `${ctx.paper} mm (${width} karakter)`, width, 8),
    blank(),
    ...text('Penggaris karakter (harus pas satu baris):', width),
    { kind: 'text', text: rulerLine(width), align: 'left', bold: false, large: false },
    blank(),
    ...text('Huruf tebal', width, { bold: true }),
    ...text('BESAR', width, { large: true, align: 'center' }),
    qr('UJI-PRINTER'),
    ...text('Bila kode QR terbaca dan kertas terpotong, printer siap.', width),
  ];
}
