import type { Color } from 'pdf-lib';
import { ink, inkSoft, shade } from './canvas.js';
import type { Box, CardCanvas } from './canvas.js';
import { fitText } from './text-fit.js';

export type Align = 'left' | 'center' | 'right';

export interface BoxTextStyle {
  readonly size: number;
  /** Smallest size the text may shrink to before it wraps or is cut; default 70 % of size. */
  readonly minSize?: number;
  readonly bold?: boolean;
  readonly color?: Color;
  readonly align?: Align;
  readonly valign?: 'top' | 'middle' | 'bottom';
}

/** Baseline offset below the top of a line box, for DejaVu's ascent/descent. */
const baselineRatio = 0.8;

/** Text kept inside `box`: shrinks, then wraps, then is cut; never overflows. */
export function textIn(c: CardCanvas, value: string, box: Box, style: BoxTextStyle): void {
  const fitted = fitText(
    {
      text: value,
      width: box.w,
      height: box.h,
      size: style.size,
      minSize: style.minSize ?? style.size * 0.7,
    },
    (s) => c.unitWidth(s, style.bold),
  );
  const blockHeight = fitted.lines.length * fitted.lineHeight;
  const valign = style.valign ?? 'middle';
  const top =
    valign === 'top'
      ? box.y
      : valign === 'bottom'
        ? box.y + box.h - blockHeight
        : box.y + (box.h - blockHeight) / 2;
  fitted.lines.forEach((line, i) => {
    const width = c.unitWidth(line, style.bold) * fitted.size;
    const x =
      style.align === 'center'
        ? box.x + (box.w - width) / 2
        : style.align === 'right'
          ? box.x + box.w - width
          : box.x;
    const baseline =
      top +
      i * fitted.lineHeight +
      (fitted.lineHeight - fitted.size) / 2 +
      fitted.size * baselineRatio;
    c.text(line, x, baseline, { size: fitted.size, bold: style.bold, color: style.color ?? ink });
  });
}

export interface DigitBoxesSpec {
  readonly x: number;
  readonly y: number;
  readonly boxW: number;
  readonly boxH: number;
  /** Boxes drawn even when the value is shorter (blank boxes are filled in by hand). */
  readonly count: number;
  readonly size: number;
}

/** One box per character, as on the paper form; returns the right edge. */
export function digitBoxes(c: CardCanvas, value: string, spec: DigitBoxesSpec): number {
  const chars = [...value.replace(/\s+/g, '')];
  const count = Math.max(spec.count, chars.length);
  for (let i = 0; i < count; i++) {
    const box = { x: spec.x + i * spec.boxW, y: spec.y, w: spec.boxW, h: spec.boxH };
    c.rect(box, { width: 0.5 });
    const ch = chars[i];
    if (ch !== undefined) textIn(c, ch, box, { size: spec.size, bold: true, align: 'center' });
  }
  return spec.x + count * spec.boxW;
}

export interface TableColumn {
  readonly title: string;
  readonly width: number;
  readonly align?: Align;
  readonly bold?: boolean;
}

export interface TableSpec {
  readonly x: number;
  readonly y: number;
  readonly columns: readonly TableColumn[];
  readonly headerH: number;
  readonly rowH: number;
  readonly size: number;
  readonly headerSize: number;
  readonly pad: number;
}

/** Ruled table with a shaded header; each cell fits its text. Returns the bottom edge. */
export function table(
  c: CardCanvas,
  rows: readonly (readonly string[])[],
  spec: TableSpec,
): number {
  const width = spec.columns.reduce((sum, col) => sum + col.width, 0);
  const height = spec.headerH + rows.length * spec.rowH;
  c.rect({ x: spec.x, y: spec.y, w: width, h: spec.headerH }, { fill: shade, stroke: false });
  let x = spec.x;
  for (const [ci, col] of spec.columns.entries()) {
    const cellX = x + spec.pad;
    const cellW = col.width - 2 * spec.pad;
    textIn(
      c,
      col.title,
      { x: cellX, y: spec.y, w: cellW, h: spec.headerH },
      {
        size: spec.headerSize,
        bold: true,
        align: 'center',
      },
    );
    rows.forEach((row, ri) => {
      const y = spec.y + spec.headerH + ri * spec.rowH;
      textIn(
        c,
        row[ci] ?? '',
        { x: cellX, y, w: cellW, h: spec.rowH },
        {
          size: spec.size,
          bold: col.bold,
          align: col.align ?? 'left',
        },
      );
    });
    if (ci > 0) c.line(x, spec.y, x, spec.y + height, { width: 0.5 });
    x += col.width;
  }
  for (let ri = 0; ri < rows.length; ri++) {
    const y = spec.y + spec.headerH + ri * spec.rowH;
    c.line(spec.x, y, spec.x + width, y, { width: 0.4, color: inkSoft });
  }
  c.rect({ x: spec.x, y: spec.y, w: width, h: height }, { width: 0.7 });
  return spec.y + height;
}

export interface FieldSpec {
  readonly x: number;
  readonly y: number;
  readonly labelW: number;
  readonly w: number;
  readonly h: number;
  readonly size: number;
}

/** "Label : value" form line with a dotted rule under the value, as on the printed form. */
export function field(c: CardCanvas, label: string, value: string, spec: FieldSpec): void {
  const colonW = spec.size * 0.9;
  textIn(
    c,
    label,
    { x: spec.x, y: spec.y, w: spec.labelW - colonW, h: spec.h },
    {
      size: spec.size,
      color: inkSoft,
      valign: 'top',
    },
  );
  const lineBox = { x: spec.x, y: spec.y, w: colonW, h: Math.min(spec.h, spec.size * 1.18) };
  textIn(c, ':', { ...lineBox, x: spec.x + spec.labelW - colonW }, { size: spec.size });
  const valueX = spec.x + spec.labelW;
  const valueW = spec.w - spec.labelW;
  textIn(
    c,
    value,
    { x: valueX, y: spec.y, w: valueW, h: spec.h },
    {
      size: spec.size,
      minSize: spec.size * 0.6,
      bold: true,
      valign: 'top',
    },
  );
  const rule = spec.y + spec.h + spec.size * 0.12;
  c.line(valueX, rule, valueX + valueW, rule, { width: 0.3, color: inkSoft, dash: [0.8, 1.2] });
}
