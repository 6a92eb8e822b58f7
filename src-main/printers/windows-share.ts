import { open } from 'node:fs/promises';
import { maybeSent, notSent, uncertainAdvice, type SendResult } from './send-result.js';

/** The part of a file handle used to hand bytes to the Windows spooler. */
export interface ShareHandle {
  write(bytes: Uint8Array): Promise<unknown>;
  close(): Promise<void>;
}

export type OpenShare = (path: string) => Promise<ShareHandle>;

export const openShare: OpenShare = (path) => open(path, 'w');

/** `\\localhost\TM-T82`: a printer shared under that name on this PC. */
export function sharePath(shareName: string): string {
  return `\\\\localhost\\${shareName}`;
}

/**
 * A USB thermal printer on Windows, where there is no `lp`: the printer is shared and the
 * ESC/POS bytes are written to its share as a file, as `copy /b ticket.bin \\localhost\TM-T82`
 * does. The spooler passes them on untouched (RAW), no driver re-renders them. Failing to open
 * the share means nothing was sent; failing or hanging while writing may have printed.
 */
export async function sendViaWindowsShare(
  openPath: OpenShare,
  shareName: string,
  bytes: Uint8Array,
  timeoutMs: number,
): Promise<SendResult> {
  const path = sharePath(shareName);
  let handle: ShareHandle;
  try {
    handle = await openPath(path);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return notSent(
      'PRINTER_UNREACHABLE',
      `Printer struk "${shareName}" tidak dapat dibuka di ${path} (${reason}). Bagikan printer di Windows (Properti printer > Sharing > Share this printer) dengan nama share "${shareName}", atau perbaiki nama di Pengaturan > Printer.`,
    );
  }
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    const written = await Promise.race([handle.write(bytes).then(() => handle.close()), timeout]);
    if (written === 'timeout') {
      void handle.close().catch(() => undefined);
      return maybeSent(
        `Printer struk "${shareName}" tidak menjawab setelah data dikirim. ${uncertainAdvice}`,
      );
    }
    return { ok: true };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return maybeSent(
      `Pengiriman ke printer struk "${shareName}" terputus (${reason}). ${uncertainAdvice}`,
    );
  } finally {
    clearTimeout(timer);
  }
}
