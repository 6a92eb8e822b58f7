import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Thin readers over poppler-utils: the same tools an officer's PC would open the card with. */

export interface PdfInfo {
  readonly pages: number;
  readonly width: number;
  readonly height: number;
}

export function pdfInfo(file: string): PdfInfo {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = /^Pages:\s+(\d+)/m.exec(out);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(out);
  if (!pages || !size) throw new Error(`pdfinfo gave no page size:\n${out}`);
  return { pages: Number(pages[1]), width: Number(size[1]), height: Number(size[2]) };
}

/** `pdftotext -layout` of one page (1-based) or the whole file. */
export function pdfText(file: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return execFileSync('pdftotext', ['-layout', ...range, file, '-'], { encoding: 'utf8' });
}

/** Text with every run of whitespace collapsed, for phrases that may wrap across lines. */
export function pdfFlatText(file: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  const raw = execFileSync('pdftotext', [...range, file, '-'], { encoding: 'utf8' });
  return raw.replace(/\s+/g, ' ');
}

export interface PdfWord {
  readonly page: number;
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

/** Every word with its box in points from the top-left (`pdftotext -bbox`). */
export function pdfWords(file: string): PdfWord[] {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  const words: PdfWord[] = [];
  let page = 0;
  const token =
    /<page\b|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  for (const m of html.matchAll(token)) {
    if (m[0] === '<page') {
      page += 1;
      continue;
    }
    words.push({
      page,
      text: decodeEntities(m[5] ?? ''),
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
      yMax: Number(m[4]),
    });
  }
  return words;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Number of raster images listed by `pdfimages -list` (the table has two header lines). */
export function pdfImageCount(file: string): number {
  const out = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' });
  return out.trim().split('\n').slice(2).length;
}

/** Rasterises page 1 to `<prefix>.png` and returns the PNG's pixel size from its header. */
export function rasterise(
  file: string,
  prefix: string,
  dpi: number,
): { width: number; height: number } {
  execFileSync('pdftoppm', [
    '-r',
    String(dpi),
    '-png',
    '-f',
    '1',
    '-l',
    '1',
    '-singlefile',
    file,
    prefix,
  ]);
  const png = readFileSync(`${prefix}.png`);
  if (png.toString('latin1', 1, 4) !== 'PNG') throw new Error('pdftoppm did not write a PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
