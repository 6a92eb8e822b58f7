import { blank, charsPerLine, qr, text, type SlipContext, type SlipLine } from './slip-line.js';
import { formatDateTime } from './slip-time.js';

export interface QueueTicket {
  /** As called out at the counter, e.g. 'A-012'. */
  readonly number: string;
  /** e.g. 'Pembuatan Kartu AK/I', 'Legalisir AK/I'. */
  readonly service: string;
  /** ISO 8601 instant the ticket was taken. */
  readonly issuedAt: string;
  /** Printed as a QR so the counter can call the visit up by scanning. */
  readonly visitId?: string;
  readonly waitingAhead?: number;
}

export function queueTicketLines(ticket: QueueTicket, ctx: SlipContext): SlipLine[] {
  const width = charsPerLine(ctx.paper);
  const center = { align: 'center' } as const;
  return [
    ...text(ctx.officeName, width, { align: 'center', bold: true }),
    ...text('NOMOR ANTREAN LOKET AK/I', width, center),
    blank(),
    ...text(ticket.number, width, { align: 'center', bold: true, large: true }),
    blank(),
    ...text(ticket.service, width, { align: 'center', bold: true }),
    ...text(formatDateTime(ticket.issuedAt, ctx), width, center),
    ...(ticket.waitingAhead === undefined
      ? []
      : text(`Antrean di depan Anda: ${ticket.waitingAhead}`, width, center)),
    ...(ticket.visitId === undefined ? [] : [qr(ticket.visitId)]),
    blank(),
    ...text('Mohon menunggu hingga nomor Anda dipanggil.', width, center),
    ...text('Layanan AK/I tidak dipungut biaya.', width, center),
  ];
}
