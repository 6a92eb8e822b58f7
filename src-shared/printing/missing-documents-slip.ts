import {
  blank,
  charsPerLine,
  header,
  numbered,
  pair,
  qr,
  text,
  type SlipContext,
  type SlipLine,
} from './slip-line.js';
import { formatDateTime } from './slip-time.js';

/** SOP step 3: the file is returned with a clear list of what to complete. */
export interface MissingDocumentsSlip {
  readonly kind: 'missing-documents';
  readonly visitId: string;
  readonly seekerName: string;
  readonly nik?: string;
  /** What to bring, in the office's own wording, e.g. 'Fotokopi ijazah terakhir'. */
  readonly missing: readonly string[];
  readonly note?: string;
  /** ISO 8601 instant. */
  readonly returnedAt: string;
  readonly officerName: string;
}

/** Only the first 6 and last 4 digits: the slip leaves the office and may be lost. */
export function maskNik(nik: string): string {
  return nik.length === 16 ? `${nik.slice(0, 6)}******${nik.slice(12)}` : nik;
}

export function missingDocumentsLines(slip: MissingDocumentsSlip, ctx: SlipContext): SlipLine[] {
  const width = charsPerLine(ctx.paper);
  const labelWidth = 7;
  return [
    ...header(ctx, 'BERKAS DIKEMBALIKAN'),
    ...pair('Tanggal', formatDateTime(slip.returnedAt, ctx), width, labelWidth),
    ...pair('Nama', slip.seekerName, width, labelWidth),
    ...(slip.nik === undefined ? [] : pair('NIK', maskNik(slip.nik), width, labelWidth)),
    blank(),
    ...text('Berkas berikut belum ada atau belum sesuai:', width, { bold: true }),
    ...numbered(slip.missing, width),
    ...(slip.note === undefined || slip.note.trim() === ''
      ? []
      : [blank(), ...text(`Catatan: ${slip.note}`, width)]),
    blank(),
    ...text(
      'Silakan lengkapi berkas di atas, lalu kembali ke loket AK/I dengan membawa slip ini.',
      width,
    ),
    ...text('Layanan AK/I tidak dipungut biaya.', width),
    blank(),
    ...pair('Petugas', slip.officerName, width, labelWidth),
    qr(slip.visitId),
  ];
}
