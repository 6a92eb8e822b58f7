import { describe, expect, it } from 'vitest';
import { decodeStatus } from '../../../src-main/printers/escpos-status.js';

// Bytes as an Epson TM printer answers DLE EOT 1, 2 and 4 (fixed bits 1 and 4 set).
describe('status real-time ESC/POS', () => {
  it.each([
    ['siap', [0x12, 0x12, 0x12], 'ready', false],
    ['kertas hampir habis, masih mencetak', [0x12, 0x12, 0x1e], 'ready', true],
    ['kertas habis', [0x1a, 0x32, 0x72], 'paper-out', false],
    ['penutup terbuka (juga offline)', [0x1a, 0x16, 0x12], 'cover-open', false],
    ['error lain: offline', [0x1a, 0x52, 0x12], 'offline', false],
    ['jawaban tidak lengkap', [0x12], 'unknown', false],
    ['byte bukan status (bit tetap salah)', [0x00, 0x12, 0x12], 'unknown', false],
  ] as const)('%s', (_why, bytes, state, nearEnd) => {
    expect(decodeStatus(Uint8Array.from(bytes))).toEqual({ state, paperNearEnd: nearEnd });
  });
});
