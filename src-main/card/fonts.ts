import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument } from 'pdf-lib';
import type { CardFonts } from './canvas.js';

/** The free fonts shipped in assets/fonts (Bitstream Vera licence, see DEJAVU-LICENSE.txt). */
export const cardFontFiles = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' } as const;

/** pdf-lib does not export its fontkit interface by name. */
type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];

interface LoadedFonts {
  readonly regular: Uint8Array;
  readonly bold: Uint8Array;
  /** Hands out one parsed font per file, so shaping tables are decoded once, not per card. */
  readonly fontkit: Fontkit;
}

/**
 * Parsed fonts per fonts folder. A deliberate module-level memo: the folder holds read-only
 * shipped assets, and re-parsing DejaVu's OpenType tables for every card costs ~30 ms,
 * most of the time budget of a card (ARCHITECTURE §7: <= 50 ms).
 */
const loaded = new Map<string, Promise<LoadedFonts>>();

async function load(fontsDir: string): Promise<LoadedFonts> {
  const [regular, bold] = await Promise.all([
    readFile(join(fontsDir, cardFontFiles.regular)),
    readFile(join(fontsDir, cardFontFiles.bold)),
  ]);
  const parsed = new Map<Uint8Array, ReturnType<Fontkit['create']>>();
  const cachingFontkit: Fontkit = {
    create(buffer, postscriptName) {
      const known = parsed.get(buffer);
      if (known) return known;
      const font = memoiseLayout(fontkit.create(buffer, postscriptName));
      parsed.set(buffer, font);
      return font;
    },
  };
  return { regular, bold, fontkit: cachingFontkit };
}

type Font = ReturnType<Fontkit['create']>;

/** Distinct strings kept per font; a card has a few hundred, most of them the same every time. */
const layoutCacheLimit = 4000;

/**
 * Shaping (GSUB/GPOS) is most of a card's drawing time and pdf-lib shapes every string
 * twice (measure, then encode). Glyph runs are only read by pdf-lib, so one run per
 * string is reused, across cards too, as labels and KETENTUAN never change.
 */
function memoiseLayout(font: Font): Font {
  const shape = font.layout.bind(font);
  const runs = new Map<string, ReturnType<Font['layout']>>();
  font.layout = (text, features) => {
    if (features !== undefined) return shape(text, features);
    let run = runs.get(text);
    if (!run) {
      if (runs.size >= layoutCacheLimit) runs.clear();
      run = shape(text);
      runs.set(text, run);
    }
    return run;
  };
  return font;
}

function loadOnce(fontsDir: string): Promise<LoadedFonts> {
  let pending = loaded.get(fontsDir);
  if (!pending) {
    pending = load(fontsDir);
    loaded.set(fontsDir, pending);
    // A missing file is retried on the next card rather than remembered forever.
    pending.catch(() => loaded.delete(fontsDir));
  }
  return pending;
}

/**
 * Embeds the shipped fonts as subsets: a card stays at tens of kilobytes instead of
 * ~800 KB per font.
 */
export async function embedCardFonts(doc: PDFDocument, fontsDir: string): Promise<CardFonts> {
  const fonts = await loadOnce(fontsDir);
  doc.registerFontkit(fonts.fontkit);
  return {
    regular: await doc.embedFont(fonts.regular, { subset: true }),
    bold: await doc.embedFont(fonts.bold, { subset: true }),
  };
}
