/** What `window.loketPrintCard` answers once every page is drawn and laid out. */
export interface PrintedCard {
  readonly pages: number;
  readonly widthMm: number;
  readonly heightMm: number;
  readonly dpi: number;
}

export interface PageSizeMm {
  readonly widthMm: number;
  readonly heightMm: number;
}

/** A PDF point is 1/72 inch. */
export function pointsToMm(points: number): number {
  return (points * 25.4) / 72;
}

/** Whole pixels for a length in points drawn at `dpi`. */
export function pointsToPixels(points: number, dpi: number): number {
  return Math.round((points * dpi) / 72);
}

/** Below 72 the card is unreadable; above 1200 one A4 page no longer fits in a canvas. */
export function isUsableDpi(dpi: number): boolean {
  return Number.isFinite(dpi) && dpi >= 72 && dpi <= 1200;
}

/** Pages that differ by less than this are the same paper (PDF sizes are rounded points). */
const sameSizeToleranceMm = 0.1;

/**
 * The one paper size every page shares, or undefined when they differ: a print job has one
 * paper size, and the caller checks it against the printer's.
 */
export function commonPageSize(sizes: readonly PageSizeMm[]): PageSizeMm | undefined {
  const first = sizes[0];
  if (first === undefined) return undefined;
  const same = sizes.every(
    (size) =>
      Math.abs(size.widthMm - first.widthMm) < sameSizeToleranceMm &&
      Math.abs(size.heightMm - first.heightMm) < sameSizeToleranceMm,
  );
  return same ? first : undefined;
}

/** A CSS length in millimetres, without float noise such as 85.60000000000001mm. */
export function cssMm(mm: number): string {
  return `${Number(mm.toFixed(3))}mm`;
}
