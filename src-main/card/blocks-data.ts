import type { CardPrintData } from '../../src-shared/domain/card-print.js';
import { formatDateLong } from '../../src-shared/domain/card-print.js';
import { inkFaint, inkSoft } from './canvas.js';
import type { Box, CardCanvas } from './canvas.js';
import { field, table, textIn } from './draw-helpers.js';
import type { EducationRow } from './education-rows.js';
import { formatNip } from './nip.js';

export interface FieldSizes {
  readonly size: number;
  readonly labelW: number;
  /** Height of one form line. */
  readonly rowH: number;
}

/** A titled section: small bold caps with a thin rule. Returns where its content starts. */
export function sectionTitle(c: CardCanvas, title: string, box: Box, size: number): number {
  textIn(c, title, { x: box.x, y: box.y, w: box.w, h: size * 1.3 }, { size, bold: true });
  return box.y + size * 1.45;
}

/** Jenis kelamin as printed on the form: both options, the seeker's one ticked. */
export function drawSexOptions(c: CardCanvas, sex: 'L' | 'P', box: Box, size: number): void {
  const tick = size * 1.05;
  let x = box.x;
  for (const [code, label] of [
    ['L', '1. Pria'],
    ['P', '2. Wanita'],
  ] as const) {
    const chosen = code === sex;
    const square = { x, y: box.y + (size * 1.18 - tick) / 2, w: tick, h: tick };
    c.rect(square, { width: 0.5, color: chosen ? undefined : inkSoft });
    if (chosen) textIn(c, '✓', square, { size: size * 0.95, bold: true, align: 'center' });
    x += tick + size * 0.35;
    const textW = c.unitWidth(label, chosen) * size;
    textIn(
      c,
      label,
      { x, y: box.y, w: textW + 1, h: size * 1.18 },
      {
        size,
        bold: chosen,
        color: chosen ? undefined : inkSoft,
      },
    );
    x += textW + size * 1.6;
  }
}

/** Nama, tempat/tgl lahir, jenis kelamin, status, agama, alamat. Returns the bottom edge. */
export function drawPersonalFields(
  c: CardCanvas,
  d: CardPrintData,
  box: Box,
  sz: FieldSizes,
): number {
  const rows: [string, string, number][] = [
    ['Nama lengkap', d.name, 1],
    ['Tempat/Tgl. lahir', `${d.birthPlace}, ${formatDateLong(d.birthDate)}`, 1],
    ['Jenis kelamin', '', 1],
    ['Status perkawinan', d.maritalStatus, 1],
    ['Agama', d.religion, 1],
    ['Alamat', d.address, 2],
  ];
  let y = box.y;
  for (const [label, value, lines] of rows) {
    const h = sz.rowH * lines - (sz.rowH - sz.size * 1.18);
    const spec = { x: box.x, y, labelW: sz.labelW, w: box.w, h, size: sz.size };
    if (label === 'Jenis kelamin') {
      field(c, label, '', spec);
      drawSexOptions(c, d.sex, { x: box.x + sz.labelW, y, w: box.w - sz.labelW, h }, sz.size);
    } else {
      field(c, label, value, spec);
    }
    y += sz.rowH * lines;
  }
  return y;
}

/** PENDIDIKAN FORMAL: one row per paper level, filled from the seeker's education. */
export function drawEducation(
  c: CardCanvas,
  rows: readonly EducationRow[],
  box: Box,
  sz: { size: number; headerH: number; rowH: number; pad: number; levelTitle?: string },
): number {
  const w = box.w;
  return table(
    c,
    rows.map((r) => [r.level, r.institution, r.major, r.yearOut]),
    {
      x: box.x,
      y: box.y,
      columns: [
        { title: sz.levelTitle ?? 'Tingkat', width: w * 0.19, bold: true },
        { title: 'Nama sekolah / perguruan tinggi', width: w * 0.39 },
        { title: 'Jurusan', width: w * 0.26 },
        { title: 'Tahun lulus', width: w * 0.16, align: 'center' },
      ],
      headerH: sz.headerH,
      rowH: sz.rowH,
      size: sz.size,
      headerSize: sz.size * 0.92,
      pad: sz.pad,
    },
  );
}

/** Pelatihan/keterampilan and pengalaman kerja as one form field each, wrapped. */
export function experienceText(d: CardPrintData): string {
  return d.experiences
    .map(
      (e) =>
        [e.position, e.employer].filter((v) => v.trim() !== '').join(', ') +
        (e.years ? ` (${e.years})` : ''),
    )
    .join('; ');
}

export function trainingText(d: CardPrintData): string {
  return d.trainings.filter((t) => t.trim() !== '').join('; ');
}

/** Tanggal penerbitan and Berlaku s.d. as two form lines. */
export function drawValidity(
  c: CardCanvas,
  d: CardPrintData,
  box: Box,
  sz: { size: number; labelW: number; rowH: number },
): void {
  const spec = { x: box.x, labelW: sz.labelW, w: box.w, h: sz.size * 1.18, size: sz.size };
  field(c, 'Tanggal penerbitan', formatDateLong(d.issuedAt), { ...spec, y: box.y });
  field(c, 'Berlaku s.d.', formatDateLong(d.validUntil), { ...spec, y: box.y + sz.rowH });
}

/** The Pengantar Kerja's signature block: role, signing space with stamp guide, name, NIP. */
export function drawOfficerSignature(
  c: CardCanvas,
  d: CardPrintData,
  box: Box,
  size: number,
): void {
  const line = (text: string, y: number, bold = false, s = size): void => {
    textIn(
      c,
      text,
      { x: box.x, y, w: box.w, h: s * 1.25 },
      { size: s, bold, align: 'center', minSize: s * 0.6 },
    );
  };
  line('Pengantar Kerja,', box.y);
  // The office stamp overlaps the left of the signature, as officers apply it.
  const r = Math.min(box.h * 0.3, box.w * 0.2);
  const cx = box.x + box.w * 0.3;
  const cy = box.y + box.h * 0.47;
  c.circle(cx, cy, r, {
    dash: [r * 0.08, r * 0.08],
    color: inkFaint,
    width: Math.max(0.25, r * 0.015),
  });
  textIn(
    c,
    'Cap dinas',
    { x: cx - r, y: cy - size, w: 2 * r, h: size * 2 },
    {
      size: size * 0.7,
      align: 'center',
      color: inkFaint,
    },
  );
  const nameY = box.y + box.h - size * 2.6;
  line(d.pengantarKerja.name, nameY, true);
  const nameW = Math.min(box.w, c.unitWidth(d.pengantarKerja.name, true) * size + 4);
  const ruleY = nameY + size * 1.2;
  c.line(box.x + (box.w - nameW) / 2, ruleY, box.x + (box.w + nameW) / 2, ruleY, {
    width: Math.max(0.3, size * 0.06),
  });
  line(`NIP. ${formatNip(d.pengantarKerja.nip)}`, nameY + size * 1.35, false, size * 0.92);
}
