import {
  clip,
  endPath,
  grayscale,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  rgb,
} from 'pdf-lib';
import type { Color, PDFFont, PDFImage, PDFPage } from 'pdf-lib';

export interface CardFonts {
  readonly regular: PDFFont;
  readonly bold: PDFFont;
}

/** A rectangle in points, measured from the top-left corner of the page (as on paper). */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export const ink = grayscale(0);
export const inkSoft = grayscale(0.35);
export const inkFaint = grayscale(0.6);
export const shade = grayscale(0.92);
export const accent = rgb(0.09, 0.22, 0.45);

export interface StrokeStyle {
  readonly color?: Color;
  readonly width?: number;
  readonly dash?: number[];
}

export interface TextStyle {
  readonly size: number;
  readonly bold?: boolean;
  readonly color?: Color;
}

export const mmToPt = (mm: number): number => (mm * 72) / 25.4;

/**
 * Drawing surface with a top-left origin and the printer calibration applied to every
 * mark, so layouts are written in paper terms and shift together on pre-printed stock.
 */
export class CardCanvas {
  readonly #page: PDFPage;
  readonly #height: number;
  readonly #dx: number;
  readonly #dy: number;
  readonly fonts: CardFonts;
  // Fitting measures the same words many times; fontkit lays out text on every call.
  readonly #widths = { regular: new Map<string, number>(), bold: new Map<string, number>() };
  /**
   * Overprint: the layout is drawn as usual, but only text inside the boxes the layout allows
   * reaches the page (one LAPORAN row added to a card that is already printed).
   */
  readonly #overprint: { readonly reportRow: number; readonly allowed: Box[] } | undefined;

  constructor(
    page: PDFPage,
    fonts: CardFonts,
    offsetPt: { dx: number; dy: number },
    overprintReportRow?: number,
  ) {
    this.#page = page;
    this.#height = page.getHeight();
    this.#dx = offsetPt.dx;
    this.#dy = offsetPt.dy;
    this.fonts = fonts;
    this.#overprint =
      overprintReportRow === undefined ? undefined : { reportRow: overprintReportRow, allowed: [] };
  }

  /** The LAPORAN row (0-based) being overprinted, if this is an overprint. */
  get overprintReportRow(): number | undefined {
    return this.#overprint?.reportRow;
  }

  /** In overprint mode, lets text inside `box` through. */
  allowInk(box: Box): void {
    this.#overprint?.allowed.push(box);
  }

  #inks(x: number, baseline: number): boolean {
    if (!this.#overprint) return true;
    return this.#overprint.allowed.some(
      (b) => x >= b.x - 0.5 && x <= b.x + b.w && baseline >= b.y && baseline <= b.y + b.h,
    );
  }

  font(bold: boolean | undefined): PDFFont {
    return bold === true ? this.fonts.bold : this.fonts.regular;
  }

  /** Width of `text` at font size 1; multiply by the size (widths scale linearly). */
  unitWidth(text: string, bold?: boolean): number {
    const cache = bold === true ? this.#widths.bold : this.#widths.regular;
    let width = cache.get(text);
    if (width === undefined) {
      width = this.font(bold).widthOfTextAtSize(text, 1);
      cache.set(text, width);
    }
    return width;
  }

  #px(x: number): number {
    return x + this.#dx;
  }

  #py(y: number): number {
    return this.#height - y - this.#dy;
  }

  /** Draws one line of text; `baseline` is the distance from the top of the page. */
  text(value: string, x: number, baseline: number, style: TextStyle): void {
    if (value === '' || !this.#inks(x, baseline)) return;
    this.#page.drawText(value, {
      x: this.#px(x),
      y: this.#py(baseline),
      size: style.size,
      font: this.font(style.bold),
      color: style.color ?? ink,
    });
  }

  rect(box: Box, style: StrokeStyle & { fill?: Color; stroke?: boolean } = {}): void {
    const stroke = style.stroke ?? true;
    // pdf-lib fills black when given neither a fill nor a border.
    if ((!stroke && !style.fill) || this.#overprint) return;
    this.#page.drawRectangle({
      x: this.#px(box.x),
      y: this.#py(box.y + box.h),
      width: box.w,
      height: box.h,
      ...(style.fill ? { color: style.fill } : {}),
      ...(stroke
        ? {
            borderColor: style.color ?? ink,
            borderWidth: style.width ?? 0.6,
            ...(style.dash ? { borderDashArray: style.dash } : {}),
          }
        : { borderWidth: 0 }),
    });
  }

  line(x1: number, y1: number, x2: number, y2: number, style: StrokeStyle = {}): void {
    if (this.#overprint) return;
    this.#page.drawLine({
      start: { x: this.#px(x1), y: this.#py(y1) },
      end: { x: this.#px(x2), y: this.#py(y2) },
      thickness: style.width ?? 0.6,
      color: style.color ?? ink,
      ...(style.dash ? { dashArray: style.dash } : {}),
    });
  }

  circle(cx: number, cy: number, r: number, style: StrokeStyle = {}): void {
    if (this.#overprint) return;
    this.#page.drawCircle({
      x: this.#px(cx),
      y: this.#py(cy),
      size: r,
      borderColor: style.color ?? ink,
      borderWidth: style.width ?? 0.6,
      ...(style.dash ? { borderDashArray: style.dash } : {}),
    });
  }

  /** Fills the box with the image, cropping the overflow ("cover"), like a pasted pas foto. */
  imageCover(image: PDFImage, box: Box): void {
    if (this.#overprint) return;
    const scale = Math.max(box.w / image.width, box.h / image.height);
    const w = image.width * scale;
    const h = image.height * scale;
    const bottom = this.#py(box.y + box.h);
    this.#page.pushOperators(
      pushGraphicsState(),
      rectangle(this.#px(box.x), bottom, box.w, box.h),
      clip(),
      endPath(),
    );
    this.#page.drawImage(image, {
      x: this.#px(box.x) - (w - box.w) / 2,
      y: bottom - (h - box.h) / 2,
      width: w,
      height: h,
    });
    this.#page.pushOperators(popGraphicsState());
  }
}
