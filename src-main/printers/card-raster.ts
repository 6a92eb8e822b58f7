import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cardImageDpi } from '../../src-shared/domain/card-print.js';
import type { CommandRunner } from './command-runner.js';

export type RasterResult =
  | { readonly ok: true; readonly files: readonly string[]; dispose(): Promise<void> }
  | { readonly ok: false; readonly message: string };

/**
 * Draws every page of a PDF as a PNG at `dpi` with poppler's `pdftoppm`, in a folder of its
 * own that `dispose` removes. Pixel size = page size x dpi, so printing at that dpi gives the
 * card its exact size whatever paper the driver believes it has.
 */
export async function rasterisePdf(
  run: CommandRunner,
  pdfPath: string,
  dpi = cardImageDpi,
): Promise<RasterResult> {
  const dir = await mkdtemp(join(tmpdir(), 'loket-kartu-gambar-'));
  const dispose = () => rm(dir, { recursive: true, force: true });
  const result = await run('pdftoppm', ['-r', String(dpi), '-png', pdfPath, join(dir, 'halaman')], {
    timeoutMs: 30_000,
  });
  const failure = (message: string): RasterResult => {
    void dispose();
    return { ok: false, message };
  };
  switch (result.kind) {
    case 'not-found':
      return failure(
        'Program pdftoppm (poppler-utils) tidak ada di komputer ini, jadi kartu tidak dapat dikirim sebagai gambar. Pasang poppler-utils, atau pilih "PDF" di Pengaturan > Printer.',
      );
    case 'failed-to-start':
      return failure(`Program pdftoppm tidak dapat dijalankan: ${result.message}.`);
    case 'timeout':
      return failure('Menggambar kartu terlalu lama (lebih dari 30 detik). Coba cetak lagi.');
    case 'exited':
      if (result.code !== 0) {
        return failure(
          `PDF kartu tidak dapat digambar: ${result.stderr.trim() || `kode ${result.code}`}.`,
        );
      }
  }
  // halaman-1.png, halaman-2.png (zero-padded when there are more pages): name order is page order.
  const files = (await readdir(dir))
    .filter((name) => name.endsWith('.png'))
    .sort()
    .map((name) => join(dir, name));
  if (files.length === 0) return failure('PDF kartu tidak menghasilkan halaman untuk dicetak.');
  return { ok: true, files, dispose };
}
