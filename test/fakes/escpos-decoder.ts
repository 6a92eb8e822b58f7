/**
 * Reads ESC/POS bytes back into what a person would see on the paper: text lines, QR
 * contents, raster images and cuts, in order. Styling commands are skipped by their known
 * lengths; an unknown command is recorded so a test notices bytes it did not expect.
 */
export type EscPosItem =
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'qr'; readonly data: string }
  | { readonly type: 'raster'; readonly widthBytes: number; readonly height: number }
  | { readonly type: 'cut'; readonly partial: boolean };

export interface DecodedEscPos {
  readonly items: readonly EscPosItem[];
  /** Text lines, trailing spaces removed. */
  readonly lines: readonly string[];
  readonly qr: readonly string[];
  readonly cuts: number;
  readonly unknown: readonly string[];
}

/** ESC commands followed by a fixed number of parameter bytes. */
// prettier-ignore
const escArgs: Record<number, number> = {
  0x40: 0, 0x32: 0, 0x21: 1, 0x45: 1, 0x2d: 1, 0x61: 1, 0x4d: 1, 0x74: 1, 0x52: 1,
  0x64: 1, 0x7b: 1, 0x33: 1, 0x4a: 1, 0x47: 1, 0x56: 1, 0x72: 1, 0x3d: 1, 0x70: 3, 0x42: 2,
};
/** GS commands with one parameter byte. */
const gsOneArg = new Set([0x21, 0x42, 0x48, 0x66, 0x68, 0x77, 0x72, 0x7c, 0x61]);

export function decodeEscPos(bytes: Uint8Array): DecodedEscPos {
  const items: EscPosItem[] = [];
  const unknown: string[] = [];
  let line = '';
  let storedQr = '';
  let i = 0;
  const at = (k: number): number => bytes[k] ?? 0;
  const flush = (): void => {
    items.push({ type: 'text', text: line.trimEnd() });
    line = '';
  };
  while (i < bytes.length) {
    const b = at(i);
    const c = at(i + 1);
    if (b === 0x0a) {
      flush();
      i += 1;
    } else if (b === 0x10 && c === 0x04) {
      i += 3; // DLE EOT n: status query, prints nothing
    } else if (b === 0x1b) {
      const n = escArgs[c];
      if (n === undefined) unknown.push(`ESC ${c.toString(16)}`);
      i += 2 + (n ?? 0);
    } else if (b === 0x1d && c === 0x56) {
      const m = at(i + 2);
      items.push({ type: 'cut', partial: m === 1 || m === 0x31 || m === 0x42 });
      i += m >= 0x41 ? 4 : 3;
    } else if (b === 0x1d && c === 0x28 && at(i + 2) === 0x6b) {
      const length = at(i + 3) + at(i + 4) * 256;
      const data = bytes.subarray(i + 5, i + 5 + length);
      if (data[0] === 0x31 && data[1] === 0x50)
        storedQr = Buffer.from(data.subarray(3)).toString('latin1');
      if (data[0] === 0x31 && data[1] === 0x51) items.push({ type: 'qr', data: storedQr });
      i += 5 + length;
    } else if (b === 0x1d && c === 0x76 && at(i + 2) === 0x30) {
      const widthBytes = at(i + 4) + at(i + 5) * 256;
      const height = at(i + 6) + at(i + 7) * 256;
      items.push({ type: 'raster', widthBytes, height });
      i += 8 + widthBytes * height;
    } else if (b === 0x1d) {
      if (!gsOneArg.has(c)) unknown.push(`GS ${c.toString(16)}`);
      i += 3;
    } else {
      if (b >= 0x20) line += String.fromCharCode(b);
      i += 1;
    }
  }
  if (line.length > 0) flush();
  const texts = items.flatMap((item) => (item.type === 'text' ? [item.text] : []));
  const qr = items.flatMap((item) => (item.type === 'qr' ? [item.data] : []));
  return {
    items,
    lines: texts,
    qr,
    cuts: items.filter((item) => item.type === 'cut').length,
    unknown,
  };
}

/** True when the last thing on the paper is a cut (only resets or blank lines after it). */
export function endsWithCut(decoded: DecodedEscPos): boolean {
  const meaningful = decoded.items.filter((item) => item.type !== 'text' || item.text !== '');
  return meaningful.at(-1)?.type === 'cut';
}
