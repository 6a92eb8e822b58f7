import type { PDFImage } from 'pdf-lib';
import type { CardPrintData } from '../../src-shared/domain/card-print.js';
import {
  drawEducation,
  drawPersonalFields,
  drawOfficerSignature,
  drawValidity,
  experienceText,
  sectionTitle,
  trainingText,
} from './blocks-data.js';
import {
  drawHeader,
  drawKetentuan,
  drawNumberRow,
  drawPhoto,
  drawSignatureBox,
} from './blocks-identity.js';
import { drawLaporan, drawPlacement } from './blocks-report.js';
import { inkFaint, inkSoft, mmToPt } from './canvas.js';
import type { CardCanvas } from './canvas.js';
import { field, textIn } from './draw-helpers.js';
import { educationRows } from './education-rows.js';
import { ketentuanAk1 } from './ketentuan.js';
import { drawQr } from './qr.js';

export const a4Landscape = { width: 841.89, height: 595.28 } as const;

const half = a4Landscape.width / 2;
const margin = 22;
const contentW = half - 2 * margin;
const bottom = a4Landscape.height - margin;

/** A4 landscape: identity half left, data half right, folded along the dashed line. */
export function drawA4(c: CardCanvas, d: CardPrintData, photo: PDFImage | undefined): void {
  c.line(half, 8, half, a4Landscape.height - 8, { dash: [4, 3], color: inkFaint, width: 0.5 });
  drawIdentityHalf(c, d, photo, margin);
  drawDataHalf(c, d, half + margin);
}

function drawIdentityHalf(
  c: CardCanvas,
  d: CardPrintData,
  photo: PDFImage | undefined,
  x: number,
): void {
  let y = drawHeader(
    c,
    d.office,
    { x, y: margin, w: contentW, h: 60 },
    {
      government: 10.5,
      agency: 9.5,
      address: 7,
      title: 10,
      tag: 7,
    },
  );
  y += 8;
  const row = { x, labelW: 112, boxW: 14.5, boxH: 16, count: 16, size: 9, labelSize: 7.5 };
  drawNumberRow(c, 'No. Pendaftaran Pencari Kerja', d.registrationNumber, { ...row, y });
  drawNumberRow(c, 'NIK', d.nik, { ...row, y: y + 21 });
  y += 42;
  if (d.nationalNumber) {
    field(c, 'No. Karirhub/SIAPkerja', d.nationalNumber, {
      x,
      y,
      labelW: row.labelW,
      w: row.labelW + row.boxW * row.count,
      h: 9,
      size: 7.5,
    });
  }
  y += 16;
  const photoBox = { x, y, w: mmToPt(30), h: mmToPt(40) };
  drawPhoto(c, photo, photoBox, 8);
  const qrSide = d.qrPayload ? 76 : 0;
  const signX = x + photoBox.w + 10;
  const signW = contentW - photoBox.w - 10 - (qrSide > 0 ? qrSide + 12 : 0);
  drawSignatureBox(c, { x: signX, y, w: signW, h: photoBox.h }, 7);
  if (d.qrPayload) {
    const qrBox = { x: x + contentW - qrSide, y, w: qrSide, h: qrSide };
    drawQr(c, d.qrPayload, qrBox);
    textIn(
      c,
      'Pindai untuk memeriksa keaslian',
      { x: qrBox.x - 6, y: y + qrSide + 3, w: qrSide + 12, h: 18 },
      {
        size: 6,
        align: 'center',
        color: inkSoft,
      },
    );
  }
  y += photoBox.h + 10;
  y = drawKetentuan(c, ketentuanAk1, { x, y, w: contentW, h: 90 }, { title: 8.5, body: 7.4 });
  const placementH = 40;
  const laporanBottom = bottom - placementH - 9;
  drawLaporan(
    c,
    d,
    { x, y: y + 6, w: contentW, h: laporanBottom - y - 6 },
    {
      title: 8.5,
      size: 7.5,
      headerH: 16,
      pad: 3,
    },
  );
  drawPlacement(
    c,
    d.placement,
    { x, y: bottom - placementH, w: contentW, h: placementH },
    {
      label: 7,
      value: 8.5,
      split: 0.62,
    },
  );
}

function drawDataHalf(c: CardCanvas, d: CardPrintData, x: number): void {
  const title = { x, y: margin, w: contentW, h: 14 };
  textIn(c, 'DATA PENCARI KERJA', title, { size: 10.5, bold: true, align: 'center' });
  const numberLine = `No. Pendaftaran ${d.registrationNumber}`;
  textIn(
    c,
    numberLine,
    { ...title, y: margin + 15, h: 10 },
    { size: 7.5, align: 'center', color: inkSoft },
  );
  c.line(x, margin + 30, x + contentW, margin + 30, { width: 0.8 });
  const sizes = { size: 9, labelW: 100, rowH: 19.5 };
  let y = drawPersonalFields(c, d, { x, y: margin + 40, w: contentW, h: 140 }, sizes);
  y = sectionTitle(c, 'PENDIDIKAN FORMAL', { x, y: y + 4, w: contentW, h: 12 }, 8.5);
  const eduSizes = { size: 7.8, headerH: 17, rowH: 17, pad: 3 };
  y = drawEducation(c, educationRows(d.education), { x, y, w: contentW, h: 120 }, eduSizes);
  const listSpec = { x, labelW: sizes.labelW, w: contentW, h: 30, size: 8.5 };
  field(c, 'Pelatihan / keterampilan', trainingText(d), { ...listSpec, y: y + 12 });
  field(c, 'Pengalaman kerja', experienceText(d), { ...listSpec, y: y + 50 });
  const blockY = bottom - 125;
  const signW = 168;
  const validity = { x, y: blockY, w: contentW - signW - 12, h: 40 };
  drawValidity(c, d, validity, { size: 9, labelW: sizes.labelW, rowH: 19.5 });
  drawOfficerSignature(
    c,
    d,
    { x: x + contentW - signW, y: blockY, w: signW, h: bottom - blockY },
    9,
  );
}
