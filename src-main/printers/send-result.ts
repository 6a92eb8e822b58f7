import type { PrinterErrorCode } from '../../src-shared/ipc/channels/printer.js';

/**
 * What one attempt to hand bytes or a file to a printer came to. `sent` is what decides
 * whether a retry is safe: 'none' means nothing left this PC, 'maybe' means the paper may
 * already be out and only the officer can tell.
 */
export type SendResult =
  | { readonly ok: true; readonly savedTo?: string }
  | {
      readonly ok: false;
      readonly sent: 'none' | 'maybe';
      readonly code: PrinterErrorCode;
      readonly message: string;
    };

export function notSent(code: PrinterErrorCode, message: string): SendResult {
  return { ok: false, sent: 'none', code, message };
}

export function maybeSent(message: string): SendResult {
  return { ok: false, sent: 'maybe', code: 'PRINT_UNCERTAIN', message };
}

export const uncertainAdvice =
  "Periksa apakah kertasnya sudah keluar, lalu pilih 'Sudah tercetak' atau 'Cetak ulang'.";
