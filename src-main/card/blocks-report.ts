import type { CardPrintData } from '../../src-shared/domain/card-print.js';
import {
  cardReportRowsDefault,
  formatDateLong,
  formatDateShort,
  reportOrdinal,
} from '../../src-shared/domain/card-print.js';
import { ink, inkSoft } from './canvas.js';
import type { Box, CardCanvas } from './canvas.js';
import { table, textIn } from './draw-helpers.js';
import { formatNip } from './nip.js';

/** LAPORAN: Pertama/Kedua/Ketiga..., date and the officer's name and NIP when reported. */
export function drawLaporan(
  c: CardCanvas,
  data: CardPrintData,
  box: Box,
  sz: { title: number; size: number; headerH: number; pad: number },
): number {
  textIn(
    c,
    'LAPORAN',
    { x: box.x, y: box.y, w: box.w, h: sz.title * 1.3 },
    { size: sz.title, bold: true },
  );
  const count = Math.max(cardReportRowsDefault, data.reports.length);
  const rows = Array.from({ length: count }, (_, i) => {
    const r = data.reports[i] ?? {};
    // Name and NIP on their own lines, so a NIP is never split across lines.
    const officer = [r.officerName ?? '', r.officerNip ? `NIP. ${formatNip(r.officerNip)}` : '']
      .filter((v) => v !== '')
      .join('\n');
    return [reportOrdinal(i), r.date ? formatDateShort(r.date) : '', '', officer];
  });
  const top = box.y + sz.title * 1.45;
  const w = box.w;
  const rowH = (box.y + box.h - top - sz.headerH) / count;
  const target = c.overprintReportRow;
  if (target !== undefined) {
    // Date and officer cells of that row only; the ordinal is already printed on the card.
    const y = top + sz.headerH + target * rowH;
    c.allowInk({ x: box.x + w * 0.17, y, w: w * 0.2, h: rowH });
    c.allowInk({ x: box.x + w * 0.58, y, w: w * 0.42, h: rowH });
  }
  return table(c, rows, {
    x: box.x,
    y: top,
    columns: [
      { title: 'Laporan', width: w * 0.17, bold: true },
      { title: 'Tanggal', width: w * 0.2, align: 'center' },
      { title: 'Tanda tangan', width: w * 0.21 },
      { title: 'Nama / NIP Pengantar Kerja', width: w * 0.42 },
    ],
    headerH: sz.headerH,
    rowH,
    size: sz.size,
    headerSize: sz.size * 0.95,
    pad: sz.pad,
  });
}

/** "Diterima di" and "Terhitung tanggal", filled when the seeker reported a placement. */
export function drawPlacement(
  c: CardCanvas,
  placement: CardPrintData['placement'],
  box: Box,
  sz: { label: number; value: number; split: number },
): void {
  const cells: [string, string, Box][] = [
    ['Diterima di', placement?.employer ?? '', { ...box, w: box.w * sz.split }],
    [
      'Terhitung tanggal',
      placement ? formatDateLong(placement.since) : '',
      {
        ...box,
        x: box.x + box.w * sz.split,
        w: box.w * (1 - sz.split),
      },
    ],
  ];
  for (const [label, value, cell] of cells) {
    c.rect(cell, { width: 0.6 });
    const pad = sz.label * 0.5;
    const labelH = sz.label * 1.35;
    textIn(
      c,
      label,
      { x: cell.x + pad, y: cell.y + pad * 0.5, w: cell.w - 2 * pad, h: labelH },
      {
        size: sz.label,
        color: inkSoft,
      },
    );
    const valueBox = {
      x: cell.x + pad,
      y: cell.y + labelH,
      w: cell.w - 2 * pad,
      h: cell.h - labelH - pad * 0.5,
    };
    textIn(c, value, valueBox, { size: sz.value, bold: true, color: ink });
  }
}
