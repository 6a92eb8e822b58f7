/**
 * What a thermal slip says, independent of the printer: lines already wrapped to the paper's
 * character width, so the ESC/POS driver only styles and sends them, and tests can compare
 * the decoded bytes with these lines one to one.
 */
export type SlipAlign = 'left' | 'center' | 'right';

export type SlipLine =
  | {
      readonly kind: 'text';
      readonly text: string;
      readonly align: SlipAlign;
      readonly bold: boolean;
      /** Double width and height: half as many characters fit on a line. */
      readonly large: boolean;
    }
  | { readonly kind: 'qr'; readonly data: string };

/** Characters per line of font A: 58 mm paper prints 32, 80 mm prints 48. */
export type PaperWidth = 58 | 80;

export function charsPerLine(paper: PaperWidth): number {
  return paper === 58 ? 32 : 48;
}

export interface SlipContext {
  readonly paper: PaperWidth;
  readonly officeName: string;
  /** Minutes east of UTC for printed times; Denpasar is WITA, UTC+8, without daylight saving. */
  readonly utcOffsetMinutes?: number;
  readonly zoneLabel?: string;
}

interface TextStyle {
  readonly align?: SlipAlign;
  readonly bold?: boolean;
  readonly large?: boolean;
}

/**
 * Thermal printers' default code page has no Indonesian-specific letters anyway; folding
 * accents and typographic punctuation keeps every byte predictable on every model.
 */
export function toPrintable(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/[^\x20-\x7e]/g, '?');
}

/** Word wrap; a word longer than the line is cut, never left overflowing. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of toPrintable(text)
    .split(/\s+/)
    .filter((w) => w.length > 0)) {
    let rest = word;
    while (rest.length > 0) {
      const sep = current.length > 0 ? 1 : 0;
      if (current.length + sep + rest.length <= width) {
        current = current.length > 0 ? `${current} ${rest}` : rest;
        rest = '';
      } else if (current.length > 0) {
        lines.push(current);
        current = '';
      } else {
        lines.push(rest.slice(0, width));
        rest = rest.slice(width);
      }
    }
  }
  if (current.length > 0 || lines.length === 0) lines.push(current);
  return lines;
}

export function text(value: string, width: number, style: TextStyle = {}): SlipLine[] {
  const large = style.large ?? false;
  return wrap(value, large ? Math.floor(width / 2) : width).map((line) => ({
    kind: 'text',
    text: line,
    align: style.align ?? 'left',
    bold: style.bold ?? false,
    large,
  }));
}

export function blank(): SlipLine {
  return { kind: 'text', text: '', align: 'left', bold: false, large: false };
}

export function rule(width: number): SlipLine {
  return { kind: 'text', text: '-'.repeat(width), align: 'left', bold: false, large: false };
}

export function qr(data: string): SlipLine {
  return { kind: 'qr', data: toPrintable(data) };
}

/** `Label   : value`, the value wrapped under itself so labels stay in one column. */
export function pair(label: string, value: string, width: number, labelWidth: number): SlipLine[] {
  const head = `${toPrintable(label).padEnd(labelWidth)}: `;
  const indent = ' '.repeat(head.length);
  return wrap(value, width - head.length).map((line, i) => ({
    kind: 'text',
    text: `${i === 0 ? head : indent}${line}`.trimEnd(),
    align: 'left',
    bold: false,
    large: false,
  }));
}

/** `1. item` with continuation lines indented under the item text. */
export function numbered(items: readonly string[], width: number, marker?: string): SlipLine[] {
  return items.flatMap((item, i) => {
    const head = `${marker ?? `${i + 1}.`} `;
    return wrap(item, width - head.length).map((line, j): SlipLine => ({
      kind: 'text',
      text: `${j === 0 ? head : ' '.repeat(head.length)}${line}`,
      align: 'left',
      bold: false,
      large: false,
    }));
  });
}

/** Office name on top of every slip, centred and bold. */
export function header(ctx: SlipContext, title: string): SlipLine[] {
  const width = charsPerLine(ctx.paper);
  return [
    ...text(ctx.officeName, width, { align: 'center', bold: true }),
    rule(width),
    ...text(title, width, { align: 'center', bold: true }),
    blank(),
  ];
}
