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
import { formatDate, formatDateTime } from './slip-time.js';

/** The card's *Ketentuan* (REFERENCE §2), repeated on the slip the seeker keeps. */
export const defaultCardObligations: readonly string[] = [
  'Kartu berlaku 2 tahun dan berlaku secara nasional.',
  'Lapor ke Disnaker setiap 6 bulan selama belum bekerja.',
  'Lapor bila data berubah atau bila sudah diterima bekerja.',
  'Pemberi kerja yang menerima pemegang kartu mengembalikan kartu ke Disnaker.',
];

/** SOP step 13: the card is handed over with the rules and the next report dates. */
export interface HandoverSlip {
  readonly kind: 'handover';
  readonly cardNumber: string;
  readonly seekerName: string;
  /** YYYY-MM-DD */
  readonly issuedOn: string;
  /** YYYY-MM-DD */
  readonly validUntil: string;
  /** YYYY-MM-DD, in order. */
  readonly reportDueDates: readonly string[];
  /** Empty prints the default *Ketentuan*. */
  readonly obligations: readonly string[];
  /** ISO 8601 instant. */
  readonly handedOverAt: string;
  readonly officerName: string;
}

export function handoverLines(slip: HandoverSlip, ctx: SlipContext): SlipLine[] {
  const width = charsPerLine(ctx.paper);
  const labelWidth = 12;
  const obligations = slip.obligations.length > 0 ? slip.obligations : defaultCardObligations;
  return [
    ...header(ctx, 'TANDA TERIMA KARTU AK/I'),
    ...pair('No. Kartu', slip.cardNumber, width, labelWidth),
    ...pair('Nama', slip.seekerName, width, labelWidth),
    ...pair('Terbit', formatDate(slip.issuedOn), width, labelWidth),
    ...pair('Berlaku s.d.', formatDate(slip.validUntil), width, labelWidth),
    blank(),
    ...text('Jadwal lapor berikutnya:', width, { bold: true }),
    ...numbered(slip.reportDueDates.map(formatDate), width),
    blank(),
    ...text('Kewajiban pemegang kartu:', width, { bold: true }),
    ...numbered(obligations, width, '-'),
    blank(),
    ...pair('Diserahkan', formatDateTime(slip.handedOverAt, ctx), width, labelWidth),
    ...pair('Petugas', slip.officerName, width, labelWidth),
    qr(slip.cardNumber),
  ];
}
