import type { CommandRunner } from './command-runner.js';
import { maybeSent, notSent, uncertainAdvice, type SendResult } from './send-result.js';

/**
 * A USB thermal printer installed as an operating-system queue: the ESC/POS bytes go through
 * `lp -o raw` so no driver re-renders them. `lp` returning 0 means the queue accepted the job.
 */
export async function sendViaLp(
  run: CommandRunner,
  printerName: string,
  bytes: Uint8Array,
  title: string,
  timeoutMs: number,
): Promise<SendResult> {
  const result = await run('lp', ['-d', printerName, '-o', 'raw', '-t', title], {
    stdin: bytes,
    timeoutMs,
  });
  switch (result.kind) {
    case 'exited':
      return result.code === 0
        ? { ok: true }
        : notSent(
            'PRINT_REJECTED',
            `Antrean printer "${printerName}" menolak tugas cetak: ${result.stderr.trim() || `kode ${result.code}`}. Periksa nama antrean di Pengaturan > Printer.`,
          );
    case 'not-found':
      return notSent(
        'PRINTER_UNREACHABLE',
        'Perintah lp (CUPS) tidak ada di komputer ini. Pasang CUPS, atau hubungkan printer struk lewat jaringan (tcp://ALAMAT-IP:9100).',
      );
    case 'failed-to-start':
      return notSent(
        'PRINTER_UNREACHABLE',
        `Perintah lp tidak dapat dijalankan: ${result.message}.`,
      );
    case 'timeout':
      return result.inputWritten
        ? maybeSent(
            `Antrean printer "${printerName}" tidak menjawab setelah data dikirim. ${uncertainAdvice}`,
          )
        : notSent(
            'PRINTER_UNREACHABLE',
            `Antrean printer "${printerName}" tidak menjawab. Periksa layanan CUPS.`,
          );
  }
}
