/** Measures a string at font size 1 (text widths scale linearly with the size). */
export type UnitWidth = (text: string) => number;

export interface FitRequest {
  readonly text: string;
  readonly width: number;
  readonly height: number;
  readonly size: number;
  readonly minSize: number;
  /** Line height as a multiple of the font size. */
  readonly leading?: number;
}

export interface FittedText {
  readonly size: number;
  readonly lines: readonly string[];
  readonly lineHeight: number;
}

const ellipsis = '…';

/**
 * Largest font size (down to `minSize`) at which the text fits the box, wrapping on
 * spaces when the box is tall enough for more lines; `\n` forces a line break. What still
 * does not fit at `minSize` is cut with an ellipsis: a card must never print outside its box.
 */
export function fitText(request: FitRequest, unitWidth: UnitWidth): FittedText {
  const paragraphs = request.text
    .split('\n')
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '');
  const leading = request.leading ?? 1.18;
  const words = paragraphs.map((p) => p.split(' '));
  const wordWidths = words.map((ws) => ws.map(unitWidth));
  const space = unitWidth(' ');
  const maxLinesAt = (size: number): number =>
    Math.max(1, Math.floor(request.height / (size * leading) + 1e-6));
  const step = Math.max(0.05, request.size * 0.03);
  for (let size = request.size; size >= request.minSize - 1e-9; size -= step) {
    const lines = wrapParagraphs(words, wordWidths, space, request.width / size);
    if (lines !== undefined && lines.length <= maxLinesAt(size)) {
      return { size, lines, lineHeight: size * leading };
    }
  }
  const size = request.minSize;
  const maxLines = maxLinesAt(size);
  const limit = request.width / size;
  const lines = paragraphs.flatMap((p) => hardWrap(p, limit, unitWidth));
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = truncate(`${kept[maxLines - 1] ?? ''}${ellipsis}`, limit, unitWidth);
    return { size, lines: kept, lineHeight: size * leading };
  }
  return { size, lines, lineHeight: size * leading };
}

function wrapParagraphs(
  words: readonly (readonly string[])[],
  widths: readonly (readonly number[])[],
  space: number,
  limit: number,
): string[] | undefined {
  const lines: string[] = [];
  for (const [i, ws] of words.entries()) {
    const wrapped = wrapWords(ws, widths[i] ?? [], space, limit);
    if (wrapped === undefined) return undefined;
    lines.push(...wrapped);
  }
  return lines;
}

/** Greedy word wrap; undefined when a single word is wider than the line. */
function wrapWords(
  words: readonly string[],
  widths: readonly number[],
  space: number,
  limit: number,
): string[] | undefined {
  const lines: string[] = [];
  let current = '';
  let currentWidth = 0;
  for (const [i, word] of words.entries()) {
    const w = widths[i] ?? 0;
    if (w > limit) return undefined;
    if (current === '') {
      current = word;
      currentWidth = w;
    } else if (currentWidth + space + w <= limit) {
      current += ` ${word}`;
      currentWidth += space + w;
    } else {
      lines.push(current);
      current = word;
      currentWidth = w;
    }
  }
  if (current !== '') lines.push(current);
  return lines;
}

/** Wraps on spaces where possible and inside over-long words where not. */
function hardWrap(text: string, limit: number, unitWidth: UnitWidth): string[] {
  const lines: string[] = [];
  let current = '';
  for (const ch of text) {
    const next = current + ch;
    if (unitWidth(next) <= limit || current === '') {
      current = next;
      continue;
    }
    const cut = current.lastIndexOf(' ');
    if (ch !== ' ' && cut > 0) {
      lines.push(current.slice(0, cut));
      current = current.slice(cut + 1) + ch;
    } else {
      lines.push(current.trimEnd());
      current = ch === ' ' ? '' : ch;
    }
  }
  if (current.trim() !== '') lines.push(current.trim());
  return lines;
}

function truncate(line: string, limit: number, unitWidth: UnitWidth): string {
  let body = line.endsWith(ellipsis) ? line.slice(0, -ellipsis.length) : line;
  while (body.length > 0 && unitWidth(body + ellipsis) > limit) body = body.slice(0, -1);
  return body.trimEnd() + ellipsis;
}
