import type { PDFImage } from 'pdf-lib';
import type { CardPrintData } from '../../src-shared/domain/card-print.js';
import { formatDateLong } from '../../src-shared/domain/card-print.js';
import {
  drawEducation,
  drawOfficerSignature,
  drawSexOptions,
  experienceText,
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
import { inkSoft, mmToPt } from './canvas.js';
import type { CardCanvas } from './canvas.js';
import { field, textIn } from './draw-helpers.js';
import { filledEducationRows } from './education-rows.js';
import { ketentuanAk1 } from './ketentuan.js';
import { drawQr } from './qr.js';

/** ISO/IEC 7810 ID-1 (CR80): 85.6 x 53.98 mm. */
export const cr80 = { width: mmToPt(85.6), height: mmToPt(53.98) } as const;

const m = 7;
const contentW = cr80.width - 2 * m;
const bottom = cr80.height - m;

/** Front: letterhead, numbers, photo, seeker's signature, KETENTUAN, validity. */
export function drawCr80Front(c: CardCanvas, d: CardPrintData, photo: PDFImage | undefined): void {
  let y = drawHeader(
    c,
    d.office,
    { x: m, y: m, w: contentW, h: 30 },
    {
      government: 5.6,
      agency: 4.9,
      address: 3.6,
      title: 5.4,
      tag: 3.8,
    },
  );
  y += 2.5;
  const photoBox = { x: m, y, w: 40, h: 40 * (4 / 3) };
  drawPhoto(c, photo, photoBox, 4.5);
  const x = m + photoBox.w + 6;
  const w = contentW - photoBox.w - 6;
  const row = { x, labelW: 0, boxW: w / 16, boxH: 8.6, count: 16, size: 5.6, labelSize: 4 };
  textIn(c, 'No. Pendaftaran Pencari Kerja', { x, y, w, h: 5 }, { size: 4, color: inkSoft });
  drawNumberRow(c, '', d.registrationNumber, { ...row, y: y + 5 });
  textIn(c, 'NIK', { x, y: y + 15.5, w, h: 5 }, { size: 4, color: inkSoft });
  drawNumberRow(c, '', d.nik, { ...row, y: y + 20.5 });
  const signY = y + 32;
  const qrSide = d.qrPayload ? photoBox.y + photoBox.h - signY : 0;
  const signW = w - (qrSide > 0 ? qrSide + 4 : 0);
  drawSignatureBox(c, { x, y: signY, w: signW, h: photoBox.y + photoBox.h - signY }, 3.6);
  if (d.qrPayload) drawQr(c, d.qrPayload, { x: x + w - qrSide, y: signY, w: qrSide, h: qrSide });
  y = photoBox.y + photoBox.h + 2.5;
  const rulesBottom = drawKetentuan(
    c,
    ketentuanAk1,
    { x: m, y, w: contentW, h: 30 },
    {
      title: 4.3,
      body: 3.7,
    },
  );
  const lineH = 5.5;
  const validityY = Math.max(rulesBottom + (d.nationalNumber ? lineH : 0), bottom - lineH);
  if (d.nationalNumber) {
    const national = { x: m, y: validityY - lineH, w: contentW, h: lineH };
    const text = `No. Karirhub/SIAPkerja: ${d.nationalNumber}`;
    textIn(c, text, national, { size: 4, align: 'center', color: inkSoft });
  }
  const validity = `Diterbitkan ${formatDateLong(d.issuedAt)}  ·  Berlaku s.d. ${formatDateLong(d.validUntil)}`;
  const validityBox = { x: m, y: validityY, w: contentW, h: lineH };
  textIn(c, validity, validityBox, { size: 4.3, bold: true, align: 'center' });
}

/** Back: biodata, education (filled rows only), LAPORAN, placement, Pengantar Kerja. */
export function drawCr80Back(c: CardCanvas, d: CardPrintData): void {
  textIn(
    c,
    'DATA PENCARI KERJA',
    { x: m, y: m, w: contentW * 0.5, h: 6 },
    { size: 5.4, bold: true },
  );
  textIn(
    c,
    `No. ${d.registrationNumber}`,
    { x: m + contentW * 0.5, y: m, w: contentW * 0.5, h: 6 },
    {
      size: 4.3,
      align: 'right',
      color: inkSoft,
    },
  );
  c.line(m, m + 7, m + contentW, m + 7, { width: 0.5 });
  const size = 4.3;
  const lineH = size * 1.18;
  const rowH = 6.2;
  const spec = { x: m, labelW: 44, w: contentW, h: lineH, size };
  let y = m + 9.5;
  field(c, 'Nama lengkap', d.name, { ...spec, y });
  field(c, 'Tempat/Tgl. lahir', `${d.birthPlace}, ${formatDateLong(d.birthDate)}`, {
    ...spec,
    y: (y += rowH),
  });
  field(c, 'Jenis kelamin', '', { ...spec, w: contentW * 0.5, y: (y += rowH) });
  drawSexOptions(c, d.sex, { x: m + spec.labelW, y, w: 60, h: lineH }, size);
  const halfW = contentW / 2;
  field(c, 'Status', d.maritalStatus, { ...spec, w: halfW - 4, y: (y += rowH) });
  field(c, 'Agama', d.religion, { ...spec, x: m + halfW + 4, labelW: 22, w: halfW - 4, y });
  field(c, 'Alamat', d.address, { ...spec, h: lineH + rowH, y: (y += rowH) });
  y += 2 * rowH + 1;
  const rows = filledEducationRows(d.education);
  const eduRows =
    rows.length > 0
      ? rows.slice(-3)
      : [{ level: '-', institution: '', major: '', yearOut: '', filled: false }];
  y = drawEducation(
    c,
    eduRows,
    { x: m, y, w: contentW, h: 20 },
    {
      size: 3.9,
      headerH: 5.2,
      rowH: 5.2,
      pad: 1.2,
      levelTitle: 'Pendidikan',
    },
  );
  y += 2;
  field(c, 'Pelatihan', trainingText(d), { ...spec, y });
  field(c, 'Pengalaman kerja', experienceText(d), { ...spec, y: (y += rowH) });
  y += rowH + 1;
  const leftW = contentW * 0.62;
  const placementH = 11;
  drawLaporan(
    c,
    d,
    { x: m, y, w: leftW, h: bottom - placementH - 1.5 - y },
    {
      title: 4,
      size: 3.6,
      headerH: 4.8,
      pad: 1,
    },
  );
  drawPlacement(
    c,
    d.placement,
    { x: m, y: bottom - placementH, w: leftW, h: placementH },
    {
      label: 3.3,
      value: 4,
      split: 0.6,
    },
  );
  const sx = m + leftW + 4;
  drawOfficerSignature(c, d, { x: sx, y, w: m + contentW - sx, h: bottom - y }, 4.2);
}
