import type { PDFImage } from 'pdf-lib';
import type { CardOffice } from '../../src-shared/domain/card-print.js';
import { accent, inkFaint, inkSoft } from './canvas.js';
import type { Box, CardCanvas } from './canvas.js';
import { digitBoxes, textIn } from './draw-helpers.js';
import { fitText } from './text-fit.js';

export interface HeaderSizes {
  readonly government: number;
  readonly agency: number;
  readonly address: number;
  readonly title: number;
  readonly tag: number;
}

/** Office letterhead, double rule, card title and the "Formulir AK/I" tag. Returns the bottom. */
export function drawHeader(c: CardCanvas, office: CardOffice, box: Box, sz: HeaderSizes): number {
  const tagW = c.unitWidth('Formulir AK/I', true) * sz.tag + sz.tag * 1.2;
  const tagH = sz.tag * 1.9;
  c.rect({ x: box.x + box.w - tagW, y: box.y, w: tagW, h: tagH }, { width: 0.6, color: accent });
  textIn(
    c,
    'Formulir AK/I',
    { x: box.x + box.w - tagW, y: box.y, w: tagW, h: tagH },
    {
      size: sz.tag,
      bold: true,
      align: 'center',
      color: accent,
    },
  );
  // Lines stay clear of the tag on both sides so they remain centred on the half.
  const inner = { x: box.x + tagW + 2, w: box.w - 2 * (tagW + 2) };
  let y = box.y;
  const line = (text: string, size: number, bold: boolean, w = inner.w, x = inner.x): void => {
    textIn(
      c,
      text,
      { x, y, w, h: size * 1.25 },
      { size, bold, align: 'center', minSize: size * 0.6 },
    );
    y += size * 1.3;
  };
  line(office.government, sz.government, true);
  line(office.agency, sz.agency, true);
  line(office.address, sz.address, false, box.w, box.x);
  y += sz.address * 0.3;
  c.line(box.x, y, box.x + box.w, y, { width: 1.1 });
  c.line(box.x, y + 1.6, box.x + box.w, y + 1.6, { width: 0.4 });
  y += sz.title * 0.75;
  line('KARTU TANDA BUKTI PENDAFTARAN PENCARI KERJA', sz.title, true, box.w, box.x);
  return y;
}

export interface NumberRowSpec {
  readonly x: number;
  readonly y: number;
  readonly labelW: number;
  readonly boxW: number;
  readonly boxH: number;
  readonly count: number;
  readonly size: number;
  readonly labelSize: number;
}

/** Label then one box per digit (No. Pendaftaran, NIK). */
export function drawNumberRow(c: CardCanvas, label: string, value: string, s: NumberRowSpec): void {
  textIn(
    c,
    label,
    { x: s.x, y: s.y, w: s.labelW - 2, h: s.boxH },
    {
      size: s.labelSize,
      color: inkSoft,
    },
  );
  digitBoxes(c, value, {
    x: s.x + s.labelW,
    y: s.y,
    boxW: s.boxW,
    boxH: s.boxH,
    count: s.count,
    size: s.size,
  });
}

/** The 3x4 photo, or the dashed place for gluing one. */
export function drawPhoto(
  c: CardCanvas,
  photo: PDFImage | undefined,
  box: Box,
  size: number,
): void {
  if (photo) {
    c.imageCover(photo, box);
    c.rect(box, { width: 0.6 });
    return;
  }
  c.rect(box, { width: 0.6, dash: [2, 1.5], color: inkSoft });
  textIn(c, 'Pas foto 3x4', box, { size, align: 'center', color: inkFaint });
}

/** Empty ruled box the seeker signs in, labelled below (SOP step 9). */
export function drawSignatureBox(c: CardCanvas, box: Box, labelSize: number): void {
  c.rect(box, { width: 0.5, color: inkSoft });
  const labelH = labelSize * 1.4;
  textIn(
    c,
    'Tanda tangan pencari kerja',
    { x: box.x, y: box.y + box.h - labelH, w: box.w, h: labelH },
    {
      size: labelSize,
      align: 'center',
      color: inkSoft,
    },
  );
}

/** Numbered KETENTUAN with hanging indent. Returns the bottom edge. */
export function drawKetentuan(
  c: CardCanvas,
  rules: readonly string[],
  box: Box,
  sz: { title: number; body: number },
): number {
  textIn(
    c,
    'KETENTUAN',
    { x: box.x, y: box.y, w: box.w, h: sz.title * 1.3 },
    { size: sz.title, bold: true },
  );
  let y = box.y + sz.title * 1.45;
  const indent = sz.body * 1.4;
  rules.forEach((rule, i) => {
    const fitted = fitText(
      {
        text: rule,
        width: box.w - indent,
        height: sz.body * 1.2 * 3,
        size: sz.body,
        minSize: sz.body * 0.85,
        leading: 1.2,
      },
      (s) => c.unitWidth(s),
    );
    const h = fitted.lines.length * fitted.lineHeight;
    textIn(c, `${i + 1}.`, { x: box.x, y, w: indent, h: fitted.lineHeight }, { size: fitted.size });
    textIn(
      c,
      rule,
      { x: box.x + indent, y, w: box.w - indent, h },
      { size: fitted.size, minSize: fitted.size, valign: 'top' },
    );
    y += h + sz.body * 0.15;
  });
  return y;
}
