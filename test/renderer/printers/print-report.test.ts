import { describe, expect, it } from 'vitest';
import { fail, ok } from '../../../src-shared/domain/outcome.js';
import type { PrintJobView } from '../../../src-shared/ipc/channels/printer.js';
import { reportOf } from '../../../src-renderer/features/printers/use-print.js';
import { translator } from '../../../src-renderer/i18n/i18n.js';

const t = translator('id');
const job: PrintJobView = {
  id: '0195a3f2-7c1e-7b44-9a10-3c5d2e8f9a01',
  kind: 'ticket',
  printer: 'thermal',
  label: 'Tiket A-012',
  state: 'done',
  attempts: 1,
  createdAt: '2025-03-14T01:05:00Z',
  updatedAt: '2025-03-14T01:05:01Z',
};
const order = {
  kind: 'ticket',
  request: { ticket: { number: 'A-012', service: 'X', issuedAt: '2025-03-14T01:05:00Z' } },
} as const;

describe('what the officer is told after a print', () => {
  it('a printed ticket is confirmed; a saved card PDF says where it is', () => {
    expect(reportOf(ok(job), order, job.id, t)).toMatchObject({
      tone: 'success',
      text: 'Tiket A-012 terkirim ke printer.',
    });
    const saved = {
      ...job,
      kind: 'test-card' as const,
      label: 'Halaman uji printer kartu',
      savedTo: '/data/cetak-kartu/x.pdf',
    };
    expect(
      reportOf(ok(saved), { kind: 'test', request: { printer: 'card' } }, job.id, t).text,
    ).toBe(
      'Halaman uji printer kartu disimpan sebagai PDF di /data/cetak-kartu/x.pdf. Buka berkas itu dan cetak pada skala 100 % (ukuran sebenarnya).',
    );
  });

  it('a failure that left the job in the queue points to "Coba cetak lagi"; others do not', () => {
    const paperOut = reportOf(
      fail('PRINTER_PAPER_OUT', 'Kertas printer struk habis.'),
      order,
      job.id,
      t,
    );
    expect(paperOut.tone).toBe('error');
    expect(paperOut.text).toMatch(
      /^Tiket antrean tidak tercetak\. Kertas printer struk habis\. .*"Coba cetak lagi"/,
    );
    const disabled = reportOf(
      fail('PRINTER_DISABLED', 'Printer struk dinonaktifkan.'),
      order,
      job.id,
      t,
    );
    expect(disabled.text).toBe('Tiket antrean tidak tercetak. Printer struk dinonaktifkan.');
  });

  it('an uncertain print is a warning that sends the officer to the question in the queue', () => {
    const report = reportOf(
      fail('PRINT_UNCERTAIN', 'Tidak ada konfirmasi.'),
      { kind: 'test', request: { printer: 'thermal' } },
      job.id,
      t,
    );
    expect(report.tone).toBe('warning');
    expect(report.text).toBe(
      'Halaman uji printer struk belum pasti tercetak. Tidak ada konfirmasi. Jawab pertanyaannya di Antrean cetak (menu Printer).',
    );
  });
});
