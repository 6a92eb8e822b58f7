import type { PrintJobView } from '../../src-shared/ipc/channels/printer.js';

export type ConfirmAction = 'printed' | 'reprint' | 'cancel';

/** What the print queue tells the officer when a job cannot do what was asked. */
export const lostPayload = {
  code: 'PRINT_JOB_NOT_FOUND',
  message: 'Isi tugas cetak ini tidak tersimpan. Cetak lagi dari data yang tersimpan.',
} as const;

export const interrupted = {
  printing: {
    code: 'PRINT_UNCERTAIN',
    message:
      "Aplikasi tertutup saat tugas ini sedang dikirim ke printer. Periksa apakah kertasnya sudah keluar, lalu pilih 'Sudah tercetak' atau 'Cetak ulang'.",
  },
  queued: {
    code: 'PRINT_INTERRUPTED',
    message:
      "Aplikasi tertutup sebelum tugas ini dicetak; belum ada yang terkirim ke printer. Pilih 'Coba cetak lagi' atau 'Batalkan'.",
  },
} as const satisfies Record<string, NonNullable<PrintJobView['error']>>;

export function stateMessage(state: PrintJobView['state'], action: ConfirmAction): string {
  if (state === 'queued' || state === 'printing')
    return 'Tugas cetak ini sedang diproses; tunggu sampai selesai.';
  if (state === 'done') return 'Tugas cetak ini sudah selesai; tidak perlu dikonfirmasi lagi.';
  if (state === 'cancelled')
    return 'Tugas cetak ini sudah dibatalkan; cetak lagi dari data yang tersimpan.';
  return action === 'printed'
    ? "Hanya tugas yang statusnya belum pasti yang dapat ditandai 'Sudah tercetak'; tugas ini gagal sebelum data terkirim, pilih 'Coba cetak lagi'."
    : 'Tindakan ini tidak berlaku untuk tugas cetak ini.';
}
