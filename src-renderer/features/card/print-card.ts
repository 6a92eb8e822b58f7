import { ok, type Outcome } from '../../../src-shared/domain/outcome.js';
import type { ErrorCode } from '../../../src-shared/ipc/contract.js';
import type { LoketApi } from '../../api.js';

export interface CardSent {
  /** 'printed' by the card printer, 'saved' to a folder (no printer chosen), 'opened' in a viewer. */
  readonly how: 'printed' | 'saved' | 'opened';
  /** What the print log records: the printer, or where the PDF went. */
  readonly printer: string;
  readonly path: string;
}

/**
 * Sends an archived card PDF to the card printer ('printer:printCard'). Where the printer
 * service is missing (an older main process), the PDF is opened from the archive instead so
 * the officer can print it by hand.
 */
export async function printCardPdf(
  api: LoketApi,
  pdfSha256: string,
  jobId: string,
): Promise<Outcome<CardSent, ErrorCode>> {
  const job = await api.invoke('printer:printCard', { sha256: pdfSha256, jobId });
  if (job.ok) {
    const savedTo = job.value.savedTo;
    if (savedTo) return ok({ how: 'saved', printer: `PDF disimpan: ${savedTo}`, path: savedTo });
    const settings = await api.invoke('printer:settings:get', {});
    const name = settings.ok ? settings.value.card.printerName : '';
    return ok({ how: 'printed', printer: name || 'printer kartu', path: '' });
  }
  if (job.error.code !== 'UNKNOWN_CHANNEL') return job;
  const opened = await api.invoke('archive:open', { sha256: pdfSha256 });
  if (!opened.ok) return opened;
  return ok({
    how: 'opened',
    printer: `PDF dibuka: ${opened.value.path}`,
    path: opened.value.path,
  });
}
