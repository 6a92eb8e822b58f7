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

/** SOP step 17: the legalised copies are handed back with a receipt. */
export interface LegalisationReceipt {
  readonly kind: 'legalisation';
  readonly cardNumber: string;
  readonly seekerName: string;
  readonly copies: number;
  /** ISO 8601 instant. */
  readonly legalisedAt: string;
  readonly officerName: string;
  readonly receiptNumber?: string;
}

export function legalisationLines(receipt: LegalisationReceipt, ctx: SlipContext): SlipLine[] {
  const width = charsPerLine(ctx.paper);
  const labelWidth = 10;
  return [
    ...header(ctx, 'TANDA TERIMA LEGALISIR AK/I'),
    ...(receipt.receiptNumber === undefined
      ? []
      : pair('No. Terima', receipt.receiptNumber, width, labelWidth)),
    ...pair('No. Kartu', receipt.cardNumber, width, labelWidth),
    ...pair('Nama', receipt.seekerName, width, labelWidth),
    ...pair('Salinan', `${receipt.copies} lembar dilegalisir`, width, labelWidth),
    ...pair('Tanggal', formatDateTime(receipt.legalisedAt, ctx), width, labelWidth),
    ...pair('Petugas', receipt.officerName, width, labelWidth),
    blank(),
    ...text('Legalisir AK/I tidak dipungut biaya.', width),
    qr(receipt.cardNumber),
  ];
}
