import { handoverLines, type HandoverSlip } from './handover-slip.js';
import { legalisationLines, type LegalisationReceipt } from './legalisation-receipt.js';
import { missingDocumentsLines, type MissingDocumentsSlip } from './missing-documents-slip.js';
import type { SlipContext, SlipLine } from './slip-line.js';

/** Every slip the counter prints besides the queue ticket, told apart by `kind`. */
export type Slip = MissingDocumentsSlip | HandoverSlip | LegalisationReceipt;

export function slipLines(slip: Slip, ctx: SlipContext): SlipLine[] {
  switch (slip.kind) {
    case 'missing-documents':
      return missingDocumentsLines(slip, ctx);
    case 'handover':
      return handoverLines(slip, ctx);
    case 'legalisation':
      return legalisationLines(slip, ctx);
  }
}

/** Short name for the print queue list. */
export function slipLabel(slip: Slip): string {
  switch (slip.kind) {
    case 'missing-documents':
      return `Slip berkas dikembalikan - ${slip.seekerName}`;
    case 'handover':
      return `Tanda terima kartu ${slip.cardNumber}`;
    case 'legalisation':
      return `Tanda terima legalisir ${slip.cardNumber}`;
  }
}
