import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** What poppler-utils say about a PDF: the same tools an officer's PC would open it with. */
export interface PdfCheck {
  /** Number of pages (`pdfinfo`). */
  readonly pages: number;
  /** Size of the first page in points (`pdfinfo`), e.g. 841.89 x 595.28 for A4 landscape. */
  readonly widthPt: number;
  readonly heightPt: number;
  /** `pdftotext -layout` of the whole file. */
  readonly text: string;
  /** The same text with every run of whitespace collapsed to one space (for wrapped phrases). */
  readonly flatText: string;
  /** Raster images listed by `pdfimages -list` (photo, QR...). */
  readonly imageCount: number;
}

/** Runs pdfinfo, pdftotext and pdfimages on one file. Throws when the file is not a PDF. */
export async function checkPdf(file: string): Promise<PdfCheck> {
  const [info, text, images] = await Promise.all([
    run('pdfinfo', [file], { encoding: 'utf8' }),
    run('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 }),
    run('pdfimages', ['-list', file], { encoding: 'utf8' }),
  ]);
  const pages = /^Pages:\s+(\d+)/m.exec(info.stdout);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info.stdout);
  if (!pages || !size) throw new Error(`pdfinfo memberi keluaran tak terduga:\n${info.stdout}`);
  return {
    pages: Number(pages[1]),
    widthPt: Number(size[1]),
    heightPt: Number(size[2]),
    text: text.stdout,
    flatText: text.stdout.replace(/\s+/g, ' '),
    // Two header lines, then one line per image.
    imageCount: images.stdout.trim().split('\n').slice(2).length,
  };
}

/** Digits printed one box each (NIK, registration number): any spacing between them matches. */
export function spacedDigitsPattern(digits: string): RegExp {
  return new RegExp(digits.split('').join('\\s*'));
}

/**
 * Path of an archived file in a data folder: the archive keeps `arsip/<first 2 hex>/<sha256>`
 * (src-main/archive/archive.ts).
 */
export function archivedPath(dataDir: string, sha256: string): string {
  return join(dataDir, 'arsip', sha256.slice(0, 2), sha256);
}

/** Every archived file of one kind ('card-pdf', 'photo'...), read from the sidecar JSON files. */
export async function archivedFilesOfKind(dataDir: string, kind: string): Promise<string[]> {
  const root = join(dataDir, 'arsip');
  const found: string[] = [];
  for (const folder of await readdir(root).catch(() => [] as string[])) {
    for (const name of await readdir(join(root, folder))) {
      if (!name.endsWith('.json')) continue;
      const sidecar = JSON.parse(await readFile(join(root, folder, name), 'utf8')) as {
        kind?: string;
      };
      if (sidecar.kind === kind) found.push(join(root, folder, name.slice(0, -'.json'.length)));
    }
  }
  return found;
}

/** One raster image as `pdfimages -list` reports it: pixels and the resolution it is placed at. */
export interface PdfImage {
  readonly page: number;
  /** 'image', or 'smask' for an image's transparency mask. */
  readonly type: string;
  readonly widthPx: number;
  readonly heightPx: number;
  readonly xPpi: number;
  readonly yPpi: number;
}

/** Every image in a PDF with its placed resolution: px / ppi x 25.4 is its printed size in mm. */
export async function listImages(file: string): Promise<PdfImage[]> {
  const { stdout } = await run('pdfimages', ['-list', file], { encoding: 'utf8' });
  // page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio
  return stdout
    .trim()
    .split('\n')
    .slice(2)
    .map((line) => line.trim().split(/\s+/))
    .map((cols) => ({
      page: Number(cols[0]),
      type: cols[2] ?? '',
      widthPx: Number(cols[3]),
      heightPx: Number(cols[4]),
      xPpi: Number(cols[12]),
      yPpi: Number(cols[13]),
    }));
}

/** Where ink lies on a printed page, in mm from its top-left corner; undefined for a blank page. */
export interface InkBox {
  readonly leftMm: number;
  readonly topMm: number;
  readonly rightMm: number;
  readonly bottomMm: number;
}

/**
 * Rasterises one page in grey with `pdftoppm` and boxes every pixel darker than near-white:
 * shows where on the sheet something was printed, whatever drew it.
 */
export async function inkBox(file: string, page: number, dpi: number): Promise<InkBox | undefined> {
  const pageArgs = ['-f', String(page), '-l', String(page)];
  const { stdout } = await run('pdftoppm', [...pageArgs, '-r', String(dpi), '-gray', file], {
    encoding: 'buffer',
    maxBuffer: 64 * 1024 * 1024,
  });
  // Binary PGM: "P5\n<width> <height>\n<max>\n" then one byte per pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(stdout.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('pdftoppm tidak memberi gambar PGM');
  const [width, height] = [Number(header[1]), Number(header[2])];
  const pixels = stdout.subarray(header[0].length);
  let [left, top, right, bottom] = [width, height, -1, -1];
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      if ((pixels[y * width + x] ?? 255) >= 240) continue;
      left = Math.min(left, x);
      right = Math.max(right, x + 1);
      top = Math.min(top, y);
      bottom = Math.max(bottom, y + 1);
    }
  }
  if (right < 0) return undefined;
  const mm = (px: number): number => (px / dpi) * 25.4;
  return { leftMm: mm(left), topMm: mm(top), rightMm: mm(right), bottomMm: mm(bottom) };
}
